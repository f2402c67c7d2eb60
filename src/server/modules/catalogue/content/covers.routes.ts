import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { problems } from '../../../http/common.schemas.ts';
import { coverSchema, subjectKinds } from '../catalogue.schemas.ts';
import { setCover } from './covers.service.ts';

const tags = ['catalogue'];

export const coversRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      '/catalogue/covers/:type/:id',
      {
        schema: {
          tags,
          summary: 'Set or remove the cover image of an item, course or path (alt text required)',
          description:
            'Upload the cropped image first (POST /files?purpose=image, PNG or JPEG), then send its id with ' +
            'words describing it. fileId null removes the cover.',
          params: z.object({ type: z.enum(subjectKinds), id: z.uuid() }),
          body: z.object({ fileId: z.uuid().nullable(), alt: z.string().max(300).default('') }),
          response: { 200: z.object({ cover: coverSchema.nullable() }), ...problems },
        },
      },
      async (request) => setCover(ctxOf(request), { ...request.params, ...request.body }),
    );
  };
