import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { pageOf, problems } from '../../http/common.schemas.ts';
import { outboxPage } from './mail.read.ts';
import { outboxMessageSchema, outboxQuery } from './mail.schemas.ts';

/** The organisation's mail outbox, for admins (sign-in links hidden; see mail.read.ts). */
export const mailRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/outbox',
      {
        schema: {
          tags: ['mail'],
          summary: 'Messages in the mail outbox, newest first',
          querystring: outboxQuery,
          response: { 200: pageOf(outboxMessageSchema), ...problems },
        },
      },
      async (request) => outboxPage(ctxOf(request), request.query),
    );
  };
