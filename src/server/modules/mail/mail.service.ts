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

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters (5 columns a row). */
const chunkSize = 500;

/**
 * Many messages at once (a campaign's round to thousands): the same rows as `queueMail`, written with
 * one multi-row insert per 500 instead of a round trip each. No secret variables here: bulk mail is
 * never a sign-in link.
 */
export async function queueMails(
  tenant: TenantDb,
  messages: { to: string; kind: MailKind; locale: Locale; vars: Record<string, string> }[],
): Promise<void> {
  for (let start = 0; start < messages.length; start += chunkSize) {
    const rows = messages.slice(start, start + chunkSize).map((message) => {
      const { subject, text } = mailMessages[message.kind][message.locale](message.vars);
      return { to_address: message.to, subject, text_body: text, delivery_body: null, kind: message.kind };
    });
    await tenant.insertInto('outbox_messages', rows).execute();
  }
}
