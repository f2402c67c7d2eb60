import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { authOf, personIdOf } from '../access/index.ts';
import { emailDigestOf, setEmailDigest } from './notifications.service.ts';

const tags = ['notifications'];
const emailDigest = z.enum(['off', 'daily', 'weekly']);
const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.iso.datetime(),
    isRead: z.boolean(),
  })
  .meta({ id: 'Notification' });
const preferencesSchema = z.object({ emailDigest }).meta({ id: 'NotificationPreferences' });

export const notificationRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'My notifications, newest first, with the number unread (for the bell)',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
          response: {
            200: z.object({ items: z.array(notificationSchema), unread: z.number().int() }),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        const personId = personIdOf(auth);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const [rows, unread] = await Promise.all([
          tenant
            .selectFrom('notifications')
            .selectAll()
            .where('person_id', '=', personId)
            .orderBy('created_at', 'desc')
            .limit(request.query.limit)
            .execute(),
          tenant
            .selectFrom('notifications')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('person_id', '=', personId)
            .where('read_at', 'is', null)
            .executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.map((row) => ({
            id: row.id,
            kind: row.kind,
            title: row.title,
            body: row.body,
            link: row.link,
            createdAt: row.created_at.toISOString(),
            isRead: row.read_at !== null,
          })),
          unread: Number(unread.n),
        };
      },
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
        const auth = authOf(request);
        const result = await forOrganisation(deps.db, auth.organisationId)
          .updateTable('notifications')
          .set({ read_at: new Date() })
          .where('id', '=', request.params.id)
          .where('person_id', '=', personIdOf(auth))
          .where('read_at', 'is', null)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) {
          const exists = await forOrganisation(deps.db, auth.organisationId)
            .selectFrom('notifications')
            .select('id')
            .where('id', '=', request.params.id)
            .where('person_id', '=', personIdOf(auth))
            .executeTakeFirst();
          if (!exists) throw notFound('Notification');
        }
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/notifications/read-all',
      {
        schema: { tags, summary: 'Mark all my notifications read', response: { 204: z.null(), ...problems } },
      },
      async (request, reply) => {
        const auth = authOf(request);
        await forOrganisation(deps.db, auth.organisationId)
          .updateTable('notifications')
          .set({ read_at: new Date() })
          .where('person_id', '=', personIdOf(auth))
          .where('read_at', 'is', null)
          .execute();
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
      async (request) => {
        const auth = authOf(request);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        return { emailDigest: await emailDigestOf(tenant, personIdOf(auth)) };
      },
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
      async (request) => {
        const auth = authOf(request);
        const tenant = forOrganisation(deps.db, auth.organisationId);
        await setEmailDigest(tenant, personIdOf(auth), request.body.emailDigest);
        return { emailDigest: request.body.emailDigest };
      },
    );
  };
