import { basename } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { assertCan, authOf } from '../access/index.ts';
import { mayReadFile } from './files.guards.ts';
import { findFile, parseRange, uploadFile } from './files.service.ts';
import { filePolicies } from './files.sniff.ts';
import { storageFor } from './files.storage-for.ts';

const tags = ['files'];
const purposes = ['video', 'audio', 'document', 'captions', 'image'] as const;

export const storedFileSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(purposes),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    originalName: z.string(),
  })
  .meta({ id: 'StoredFile' });

export const filesRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    // Made on first use: the OpenAPI script builds the app without a data folder.
    const storage = () => storageFor(deps.config);

    app.post(
      '/files',
      {
        schema: {
          tags,
          summary: 'Upload a media file for the catalogue (multipart field "file")',
          description:
            'The type is read from the content, not the name: video mp4/webm (500 MB), audio mp3/m4a/wav/ogg ' +
            '(100 MB), document PDF (25 MB), captions WebVTT (1 MB), image png/jpeg (5 MB).',
          consumes: ['multipart/form-data'],
          querystring: z.object({ purpose: z.enum(purposes) }),
          response: { 201: storedFileSchema, ...problems, 413: problemSchema, 415: problemSchema },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.manage');
        const { purpose } = request.query;
        const file = await request.file({ limits: { fileSize: filePolicies[purpose].maxBytes } });
        if (file?.fieldname !== 'file')
          throw new AppError('validation_failed', 'Send the file in the multipart field "file".', {
            errors: [{ field: 'file', message: 'is missing' }],
          });
        const stored = await uploadFile({
          db: deps.db,
          storage: storage(),
          auth,
          purpose,
          fileName: basename(file.filename || 'upload').slice(0, 200) || 'upload',
          stream: file.file,
        });
        return reply.status(201).send(stored);
      },
    );

    app.get(
      '/files/:id',
      {
        schema: {
          tags,
          summary: 'A stored file; media answers range requests (206) so players can seek',
          params: idParams,
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const file = await findFile(deps.db, auth.organisationId, request.params.id);
        // A file its module keeps from this reader answers as if it were not there.
        if (!file || !(await mayReadFile(forOrganisation(deps.db, auth.organisationId), auth, file.id)))
          throw notFound('File');
        const size = Number(file.size_bytes);
        const range = parseRange(request.headers.range, size);
        fileHeaders(reply, { fileName: file.original_name, contentType: file.content_type })
          .header('accept-ranges', 'bytes')
          .header('cache-control', 'private, max-age=3600');
        // The file itself (or a slice); the response schemas above only describe the problems.
        if (range === false)
          return reply
            .status(416 as never)
            .header('content-range', `bytes */${size}`)
            .send(null as never);
        if (range) {
          reply
            .status(206 as never)
            .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
            .header('content-length', range.end - range.start + 1);
          return reply.send((await storage().read(file.storage_key, range)) as never);
        }
        reply.header('content-length', size);
        return reply.send((await storage().read(file.storage_key)) as never);
      },
    );
  };
