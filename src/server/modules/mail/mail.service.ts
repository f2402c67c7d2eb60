import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { type MailKind, mailTemplates } from './mail.templates.ts';

/** Puts a message in the outbox inside the caller's transaction; delivery happens afterwards. */
export async function queueMail(
  tenant: TenantDb,
  message: { to: string; kind: MailKind; locale: Locale; vars: Record<string, string> },
): Promise<void> {
  const { subject, text } = mailTemplates[message.kind][message.locale](message.vars);
  await tenant
    .insertInto('outbox_messages', { to_address: message.to, subject, text_body: text, kind: message.kind })
    .execute();
}
