import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { queueMail } from '../mail/index.ts';
import type { MailKind } from '../mail/mail.templates.ts';

/**
 * Development's messages to a person, by e-mail through the outbox in the caller's transaction.
 * When the in-app notifications module lands, the lead can repoint this one function.
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
  await queueMail(tenant, {
    to: person.email,
    kind: message.kind,
    locale,
    vars: message.vars({ name: person.given_name, locale }),
  });
}

export const euros = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

/** A meeting time as people in the Netherlands read it, in their language. */
export const meetingTime = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
