import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { problems } from '../../http/common.schemas.ts';
import { homeOf } from './home.read.ts';
import { homeSchema } from './home.schemas.ts';

/** What the home page needs for the signed-in person, in one request, shaped by their roles. */
export const homeRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/home',
      {
        schema: {
          tags: ['home'],
          summary: 'My home page: me, my team, my organisation',
          response: { 200: homeSchema, ...problems },
        },
      },
      async (request) => homeOf(ctxOf(request)),
    );
  };
