import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { problems } from '../../../http/common.schemas.ts';
import { browse } from './browse.read.ts';
import { browsePageSchema, browseQuery } from './browse.schemas.ts';

export const browseRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/lrs/statements',
      {
        schema: {
          tags: ['lrs'],
          summary: 'Statements in the LRS for L&D: by person or agent, verb, activity and time, newest first',
          querystring: browseQuery,
          response: { 200: browsePageSchema, ...problems },
        },
      },
      async (request) => browse(ctxOf(request), request.query),
    );
  };
