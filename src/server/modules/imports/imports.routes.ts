import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { assertCan } from '../access/index.ts';
import { fileTooComplexProblem } from '../files/index.ts';
import {
  applySchema,
  exportQuery,
  importBody,
  importProblemResponse,
  previewSchema,
  uploadBody,
  uploadParams,
  uploadSchema,
} from './imports.schemas.ts';
import { applyPeopleImport, exportPeople, previewPeopleImport, uploadPeopleFile } from './imports.service.ts';
import { sheetReading } from './imports.sheet-reader.ts';

const tags = ['imports'];
const importProblems = { ...problems, 400: importProblemResponse, 422: fileTooComplexProblem } as const;

export const importRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/imports/people/uploads',
      {
        schema: {
          tags,
          summary: 'Upload an HR export (CSV or XLSX, multipart field "file", at most 20 MB)',
          description:
            'The kind is read from the content: XLSX, or CSV in UTF-8 (with or without BOM), UTF-16 or ' +
            'Windows-1252, separated by ";", "," or tab; anything else (PDF, images, other zips, binary) is 415. ' +
            'Answers the headers, the first lines and a suggested column mapping (the one used last time ' +
            'where it still fits). Nothing is imported yet. A file over a limit is refused naming it: rows ' +
            'and columns with 400, an XLSX that unpacks too large or too compressed, or that needs too much ' +
            'memory or time to read, with 422 file_too_complex.',
          consumes: ['multipart/form-data'],
          body: uploadBody,
          response: { 201: uploadSchema, ...importProblems, 413: problemSchema, 415: problemSchema },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        // Before the file is read: who may not import learns it without sending 20 MB first.
        assertCan(ctx.auth, 'people.manage');
        const file = await request.file();
        if (file?.fieldname !== 'file')
          throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
            errors: [{ field: 'file', message: 'is missing' }],
          });
        const content = await file.toBuffer();
        const fileName = basename(file.filename || 'upload').slice(0, 200) || 'upload';
        const reading = sheetReading(deps.config.uploadLimits, request.log);
        const upload = await uploadPeopleFile(ctx, { fileName, content, reading });
        return reply.status(201).send(upload);
      },
    );

    app.post(
      '/imports/people/uploads/:id/preview',
      {
        schema: {
          tags,
          summary:
            'Check an upload with a column mapping: every problem by line and column, and what would change',
          params: uploadParams,
          body: importBody,
          response: { 200: previewSchema, ...importProblems, 409: problemSchema },
        },
      },
      async (request) =>
        previewPeopleImport(ctxOf(request), {
          uploadId: request.params.id,
          reading: sheetReading(deps.config.uploadLimits, request.log),
          ...request.body,
        }),
    );

    app.post(
      '/imports/people/uploads/:id/apply',
      {
        schema: {
          tags,
          summary:
            'Import an upload: all of it in one transaction, or nothing (400 import_rejected listing every problem)',
          description:
            'People are matched on employee number, else e-mail address; units by code. Managers and units may be ' +
            'referred to before the line that defines them. Remembers the mapping for next time. An upload is ' +
            'imported once (409 after that).',
          params: uploadParams,
          body: importBody,
          response: { 200: applySchema, ...importProblems, 409: problemSchema },
        },
      },
      async (request) => {
        const summary = await applyPeopleImport(ctxOf(request), {
          uploadId: request.params.id,
          reading: sheetReading(deps.config.uploadLimits, request.log),
          ...request.body,
        });
        return { summary };
      },
    );

    app.get(
      '/exports/people',
      {
        schema: {
          tags,
          summary:
            'Export people as CSV (Excel NL: ";", BOM, dd-mm-jjjj) or XLSX, in the columns the import reads',
          querystring: exportQuery,
          produces: [
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'application/problem+json',
          ],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const { format, status, language } = request.query;
        const file = await exportPeople(ctxOf(request), { format, includeLeft: status === 'all', language });
        return (
          fileHeaders(reply, { fileName: file.fileName, contentType: file.contentType })
            .header('cache-control', 'no-store')
            // The file itself; the response schemas above only describe the problems.
            .send(file.body as never)
        );
      },
    );
  };
