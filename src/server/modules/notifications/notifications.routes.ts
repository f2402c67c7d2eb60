import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { myNotifications, myPreferences } from './notifications.read.ts';
import { notificationSchema, notificationsQuery, preferencesSchema } from './notifications.schemas.ts';
import { markAllNotificationsRead, markNotificationRead, setEmailDigest } from './notifications.service.ts';

const tags = ['notifications'];

export const notificationRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'My notifications, newest first, with the number unread (for the bell)',
          querystring: notificationsQuery,
          response: {
            200: z.object({ items: z.array(notificationSchema), unread: z.number().int() }),
            ...problems,
          },
        },
      },
      async (request) => myNotifications(ctxOf(request), request.query),
    );

    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark one of my notifications read',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await markNotificationRead(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/notifications/read-all',
      {
        schema: { tags, summary: 'Mark all my notifications read', response: { 204: z.null(), ...problems } },
      },
      async (request, reply) => {
        await markAllNotificationsRead(ctxOf(request));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/notifications/preferences',
      {
        schema: {
          tags,
          summary: 'My e-mail digest preference',
          response: { 200: preferencesSchema, ...problems },
        },
      },
      async (request) => myPreferences(ctxOf(request)),
    );

    app.put(
      '/notifications/preferences',
      {
        schema: {
          tags,
          summary: 'Choose how often unread notifications are e-mailed to me (off, daily, weekly)',
          body: preferencesSchema,
          response: { 200: preferencesSchema, ...problems },
        },
      },
      async (request) => setEmailDigest(ctxOf(request), request.body.emailDigest),
    );
  };
