import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { pageOf, pageQuery, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';

const outboxMessage = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    kind: z.string(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

/** The mail outbox of the organisation: what Groeipad sent or will send, readable by admins. */
export const mailRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/outbox',
      {
        schema: {
          tags: ['mail'],
          summary: 'Messages in the mail outbox, newest first',
          querystring: z.object({ ...pageQuery, to: z.string().optional() }),
          response: { 200: pageOf(outboxMessage), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'outbox.read');
        const { page, pageSize, to } = request.query;
        const tenant = forOrganisation(_deps.db, auth.organisationId);
        let query = tenant.selectFrom('outbox_messages');
        if (to) query = query.where('to_address', '=', to.toLowerCase());
        const [rows, count] = await Promise.all([
          query
            .selectAll()
            .orderBy('created_at', 'desc')
            .limit(pageSize)
            .offset((page - 1) * pageSize)
            .execute(),
          query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.map((row) => ({
            id: row.id,
            to: row.to_address,
            subject: row.subject,
            body: row.text_body,
            kind: row.kind,
            createdAt: row.created_at.toISOString(),
            sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
          })),
          page,
          pageSize,
          total: Number(count.total),
        };
      },
    );
  };
