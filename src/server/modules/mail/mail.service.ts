import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { type MailKind, mailMessages } from '../../messages/index.ts';
import { isOptedOut } from './mail.opt-outs.ts';
import { hideSecret } from './mail.redact.ts';

/**
 * Puts a message in the outbox inside the caller's transaction; delivery happens afterwards.
 * `secretVars` name the variables only the recipient may see (a sign-in link): the outbox keeps a
 * copy with them hidden to show, and the full text only until it is delivered.
 */
export async function queueMail(
  tenant: TenantDb,
  message: {
    to: string;
    kind: MailKind;
    locale: Locale;
    vars: Record<string, string>;
    secretVars?: readonly string[];
  },
): Promise<void> {
  // An optional kind the recipient switched off in "Mijn gegevens" is not sent (the bell still has it).
  if (await isOptedOut(tenant, message.to, message.kind)) return;
  const template = mailMessages[message.kind][message.locale];
  const { subject, text } = template(message.vars);
  const secrets = message.secretVars ?? [];
  const shown = secrets.length
    ? template({
        ...message.vars,
        ...Object.fromEntries(secrets.map((name) => [name, hideSecret(message.vars[name] ?? '')])),
      }).text
    : text;
  await tenant
    .insertInto('outbox_messages', {
      to_address: message.to,
      subject,
      text_body: shown,
      delivery_body: secrets.length ? text : null,
      kind: message.kind,
    })
    .execute();
}
