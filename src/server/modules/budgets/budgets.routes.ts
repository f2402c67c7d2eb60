import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { assertCan } from '../access/index.ts';
import { fileTooComplexProblem } from '../files/index.ts';
import { importProblemResponse, sheetReading, uploadBody } from '../imports/index.ts';
import { financeCsv, financeXlsx } from './budgets.export.ts';
import { importBudgetFile, importBudgetText, previewBudgetFile } from './budgets.import.ts';
import { financeExport, listBudgets, myBudget, policyOf } from './budgets.read.ts';
import {
  allocateBody,
  budgetImportPreviewSchema,
  budgetSchema,
  exportQuery,
  importBody,
  importFileQuery,
  listBudgetsQuery,
  myBudgetSchema,
  policyBody,
  policySchema,
  yearParams,
} from './budgets.schemas.ts';
import { allocateBudgets, setPolicy } from './budgets.service.ts';

const tags = ['development budgets'];

export const budgetRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/budgets/mine',
      {
        schema: {
          tags,
          summary: 'My development budget for a year (default: this year) with its ledger and my requests',
          querystring: z.object({ year: allocateBody.shape.year.optional() }),
          response: { 200: myBudgetSchema, ...problems },
        },
      },
      async (request) => myBudget(ctxOf(request), request.query),
    );

    app.get(
      '/budgets',
      {
        schema: {
          tags,
          summary: "Budgets with ledgers: my reports' (scope=team) or everyone's for HR (scope=organisation)",
          querystring: listBudgetsQuery,
          response: { 200: z.array(budgetSchema), ...problems },
        },
      },
      async (request) => listBudgets(ctxOf(request), request.query),
    );

    app.get(
      '/budgets/policies/:year',
      {
        schema: {
          tags,
          summary: 'The budget rule for a year (HR)',
          params: yearParams,
          response: { 200: policySchema.nullable(), ...problems },
        },
      },
      async (request) => policyOf(ctxOf(request), request.params.year),
    );

    app.put(
      '/budgets/policies/:year',
      {
        schema: {
          tags,
          summary:
            'Set the budget rule for a year: fixed or pro rata by contract hours, carry-over, approval chain (HR)',
          params: yearParams,
          body: policyBody,
          response: { 200: policySchema, ...problems },
        },
      },
      async (request) => {
        await setPolicy(ctxOf(request), { year: request.params.year, policy: request.body });
        return { year: request.params.year, ...request.body };
      },
    );

    app.post(
      '/budgets/allocate',
      {
        schema: {
          tags,
          summary: 'Give everyone their budget for the year by the rule (imported and hand-set budgets stay)',
          body: allocateBody,
          response: { 200: z.object({ budgets: z.number().int() }), ...problems, 409: problems[400] },
        },
      },
      async (request) => ({ budgets: await allocateBudgets(ctxOf(request), { year: request.body.year }) }),
    );

    app.post(
      '/budgets/import',
      {
        schema: {
          tags,
          summary:
            'Import budgets from CSV text "e-mail;amount;hours": every line or none; problems name the line',
          body: importBody,
          response: { 200: z.object({ budgets: z.number().int() }), ...problems, 415: problemSchema },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        assertCan(ctx.auth, 'development.manage');
        const reading = sheetReading(deps.config.uploadLimits, request.log);
        return { budgets: await importBudgetText(ctx, { ...request.body, reading }) };
      },
    );

    // A file upload (CSV or XLSX) is read the way the people import reads it; preview and import take
    // the same file, so nothing is kept between the two.
    const readUpload = async (request: FastifyRequest) => {
      // Stops reading at 5 MB (413) instead of taking in the 20 MB other uploads may have.
      const file = await request.file({ limits: { fileSize: 5 * 1024 * 1024 } });
      if (file?.fieldname !== 'file')
        throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
          errors: [{ field: 'file', message: 'is missing' }],
        });
      const content = await file.toBuffer();
      return {
        content,
        fileName: basename(file.filename || 'upload').slice(0, 200) || 'upload',
        reading: sheetReading(deps.config.uploadLimits, request.log),
      };
    };
    const fileDescription =
      'Multipart field "file": CSV (";", "," or tab; UTF-8 or Windows-1252) or XLSX, at most 5 MB. The header ' +
      'line names the columns: one with "mail", one with "bedrag"/"amount"/"budget", optionally "uren"/"hours".';

    app.post(
      '/budgets/import/file/preview',
      {
        schema: {
          tags,
          summary: 'Check a budget file: what each line would set, and every problem by line and column',
          description: fileDescription,
          consumes: ['multipart/form-data'],
          querystring: importFileQuery,
          body: uploadBody,
          response: {
            200: budgetImportPreviewSchema,
            ...problems,
            400: importProblemResponse,
            413: problemSchema,
            415: problemSchema,
            422: fileTooComplexProblem,
          },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        assertCan(ctx.auth, 'development.manage');
        const upload = await readUpload(request);
        return previewBudgetFile(ctx, { year: request.query.year, ...upload });
      },
    );

    app.post(
      '/budgets/import/file',
      {
        schema: {
          tags,
          summary:
            'Import budgets from a file: every line or none (400 import_rejected naming line and column)',
          description: fileDescription,
          consumes: ['multipart/form-data'],
          querystring: importFileQuery,
          body: uploadBody,
          response: {
            200: z.object({ budgets: z.number().int() }),
            ...problems,
            400: importProblemResponse,
            413: problemSchema,
            415: problemSchema,
            422: fileTooComplexProblem,
          },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        assertCan(ctx.auth, 'development.manage');
        const upload = await readUpload(request);
        return { budgets: await importBudgetFile(ctx, { year: request.query.year, ...upload }) };
      },
    );

    app.get(
      '/budgets/export',
      {
        schema: {
          tags,
          summary: 'Finance export: approved and completed requests of a year, CSV (Excel NL) or XLSX',
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
        const { year, rows } = await financeExport(ctxOf(request), request.query);
        const isXlsx = request.query.format === 'xlsx';
        return fileHeaders(reply, {
          fileName: `ontwikkelbudget-${year}.${isXlsx ? 'xlsx' : 'csv'}`,
          contentType: isXlsx
            ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
            : 'text/csv; charset=utf-8',
        })
          .header('cache-control', 'no-store')
          .send((isXlsx ? await financeXlsx(rows) : financeCsv(rows)) as never);
      },
    );
  };
