import type { Ctx } from '../../core/context.ts';
import { assertCan } from '../access/index.ts';
import { hiddenSecret, redactTokens } from './mail.redact.ts';
import { listOutbox } from './mail.repository.ts';
import type { OutboxQuery } from './mail.schemas.ts';

/**
 * The mail outbox of the organisation: what Groeipad sent or will send, readable by admins. Never with
 * a usable sign-in link: the stored text has them hidden, and tokens are hidden once more on the way
 * out in case a template forgets to mark one.
 */
export async function outboxPage(ctx: Ctx, query: OutboxQuery) {
  assertCan(ctx.auth, 'outbox.read');
  const { rows, total } = await listOutbox(ctx.db, query);
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
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
