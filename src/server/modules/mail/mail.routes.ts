import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { pageOf, pageQuery, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import { hiddenSecret, redactTokens } from './mail.redact.ts';

const outboxMessage = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    body: z.string().describe('The text as sent, with sign-in links (invitation, password reset) hidden'),
    hasHiddenLink: z
      .boolean()
      .describe(
        'A link only the recipient gets was hidden (without SMTP: see DATA_DIR/outbox on the server)',
      ),
    kind: z.string(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

/**
 * The mail outbox of the organisation: what Groeipad sent or will send, readable by admins. Never with
 * a usable sign-in link: the stored text has them hidden and the full text (delivery_body) is never read
 * here; tokens are hidden once more on the way out in case a template forgets to mark one.
 */
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
            .select(['id', 'to_address', 'subject', 'text_body', 'kind', 'created_at', 'sent_at'])
            .orderBy('created_at', 'desc')
            .limit(pageSize)
            .offset((page - 1) * pageSize)
            .execute(),
          query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.map((row) => {
            const body = redactTokens(row.text_body);
            return {
              id: row.id,
              to: row.to_address,
              subject: redactTokens(row.subject),
              body,
              hasHiddenLink: body.includes(hiddenSecret),
              kind: row.kind,
              createdAt: row.created_at.toISOString(),
              sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
            };
          }),
          page,
          pageSize,
          total: Number(count.total),
        };
      },
    );
  };
