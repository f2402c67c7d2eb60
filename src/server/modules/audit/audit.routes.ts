import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { pageOf, problems } from '../../http/common.schemas.ts';
import { eventsPage } from './audit.read.ts';
import { eventSchema, eventsQuery } from './audit.schemas.ts';

export const auditRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/events',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log: every change, newest first',
          querystring: eventsQuery,
          response: { 200: pageOf(eventSchema), ...problems },
        },
      },
      async (request) => eventsPage(ctxOf(request), request.query),
    );
  };
