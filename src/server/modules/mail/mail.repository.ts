import type { TenantDb } from '../../db/tenant.ts';
import type { OutboxQuery } from './mail.schemas.ts';

/**
 * One page of the organisation's outbox, newest first. Only the shown text: the full text
 * (`delivery_body`, with live sign-in links) is never read here.
 */
export async function listOutbox(tenant: TenantDb, query: OutboxQuery) {
  let messages = tenant.selectFrom('outbox_messages');
  if (query.to) messages = messages.where('to_address', '=', query.to.toLowerCase());
  const [rows, count] = await Promise.all([
    messages
      .select(['id', 'to_address', 'subject', 'text_body', 'kind', 'created_at', 'sent_at'])
      .orderBy('created_at', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    messages.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
