import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { pageOf, problems } from '../../http/common.schemas.ts';
import { myMailPreferences, setMyMailOptOuts } from './mail.preferences.ts';
import { outboxPage } from './mail.read.ts';
import {
  mailPreferencesBody,
  mailPreferencesSchema,
  outboxMessageSchema,
  outboxQuery,
} from './mail.schemas.ts';

/** The organisation's mail outbox, for admins (sign-in links hidden; see mail.read.ts); my mail switches. */
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
    app.get(
      '/mail/preferences',
      {
        schema: {
          tags: ['mail'],
          summary: 'Which optional e-mail I get: the kinds I may switch off and the ones I did',
          response: { 200: mailPreferencesSchema, ...problems },
        },
      },
      async (request) => myMailPreferences(ctxOf(request)),
    );
    app.put(
      '/mail/preferences',
      {
        schema: {
          tags: ['mail'],
          summary: 'Switch optional e-mail off (listed) or on again (not listed); the bell keeps them',
          body: mailPreferencesBody,
          response: { 200: mailPreferencesSchema, ...problems },
        },
      },
      async (request) => setMyMailOptOuts(ctxOf(request), request.body.optedOut),
    );
  };
