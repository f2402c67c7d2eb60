import { posix } from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { organisationContext } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { notFound } from '../../../http/errors.ts';
import { parseRange, storageFor } from '../../files/index.ts';
import { readContentToken } from '../../scorm/index.ts';
import { courseFile } from '../cmi5.repository.ts';

// The files of a zipped cmi5 course, on the content origin (which holds nothing of the learner's),
// behind the same kind of signed, expiring address as SCORM packages. The AU talks to the LRS on the
// app's origin with the auth token from its fetch URL, never with the learner's session.

export const cmi5ContentRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/cmi5-content/:token/*',
      {
        config: { isPublic: true },
        helmet: false,
        schema: { hide: true, params: z.object({ token: z.string().max(200), '*': z.string().max(2000) }) },
      },
      async (request, reply) => {
        const opened = readContentToken(deps.config.sessionSecret, request.params.token);
        if (!opened) throw notFound('Course file');
        let path: string;
        try {
          path = posix.normalize(decodeURIComponent(request.params['*']));
        } catch {
          throw notFound('Course file');
        }
        if (path.startsWith('..') || path.startsWith('/')) throw notFound('Course file');
        const ctx = organisationContext({
          db: deps.db,
          organisationId: opened.organisationId,
          log: request.log,
          bus: deps.bus,
        });
        // The token's second id is the course's content item (a course's files never change).
        const file = await courseFile(ctx.db, opened.versionId, path);
        if (!file) throw notFound('Course file');
        const size = Number(file.size_bytes);
        const storage = storageFor(deps.config);
        reply
          .type(file.content_type)
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'strict-origin-when-cross-origin')
          .header('accept-ranges', 'bytes')
          .header('cache-control', 'private, max-age=86400, immutable');
        const range = parseRange(request.headers.range, size);
        if (range === false) return reply.status(416).header('content-range', `bytes */${size}`).send();
        if (range)
          return reply
            .status(206)
            .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
            .header('content-length', range.end - range.start + 1)
            .send(await storage.read(file.storage_key, range));
        return reply.header('content-length', size).send(await storage.read(file.storage_key));
      },
    );
  };
