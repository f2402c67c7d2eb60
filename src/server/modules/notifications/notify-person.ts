import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { type MailKind, mailText } from '../../messages/index.ts';
import { queueMail } from '../mail/index.ts';
import { notify } from './notifications.service.ts';

/** Reminders only go on the bell (the digest e-mails them); personal requests are e-mailed at once too. */
const bellOnly: ReadonlySet<MailKind> = new Set(['conversation_reminder']);

/** The in-app part of an absolute link in a message: the bell links inside the app. */
function appPath(link: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  } catch {
    return link.startsWith('/') ? link : null;
  }
}

/**
 * Development's messages to a person, in their language, inside the caller's transaction:
 * always on the bell, and by e-mail too for personal requests (then kept out of the digest).
 */
export async function notifyPerson(
  tenant: TenantDb,
  personId: string,
  message: { kind: MailKind; vars: (person: { name: string; locale: Locale }) => Record<string, string> },
): Promise<void> {
  const person = await tenant
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
    .select(['people.email', 'people.given_name', 'people.locale', 'o.default_locale'])
    .where('people.id', '=', personId)
    .where('people.status', '<>', 'left')
    .executeTakeFirst();
  if (!person) return;
  const locale = (person.locale ?? person.default_locale) as Locale;
  const vars = message.vars({ name: person.given_name, locale });
  const isEmailed = !bellOnly.has(message.kind);
  if (isEmailed) await queueMail(tenant, { to: person.email, kind: message.kind, locale, vars });
  await notify(tenant, tenant.organisationId, personId, {
    kind: message.kind,
    title: mailText(message.kind, locale, vars).subject,
    link: appPath(vars.link),
    isEmailed,
  });
}
