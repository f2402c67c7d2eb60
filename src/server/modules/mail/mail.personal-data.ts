import { sql } from 'kysely';
import { displayName } from '../../../shared/person-name.ts';
import type { PersonalDataContributor } from '../../core/personal-data.ts';
import type { TenantDb } from '../../db/tenant.ts';

const erasedName = 'Verwijderde medewerker';

/** The person's address and name, from the shared people kernel (the outbox is addressed by e-mail). */
const personOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('people')
    .select(['email', 'given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', personId)
    .executeTakeFirst();

/**
 * Which e-mails were sent and when — not their text, which names colleagues (see notifications) — and
 * which optional kinds the person switched off.
 */
export const mailPersonalData: PersonalDataContributor[] = [
  {
    name: 'mail',
    kind: 'profile',
    async export(tenant, personId) {
      const person = await personOf(tenant, personId);
      const rows = person
        ? await tenant
            .selectFrom('outbox_messages')
            .select(['kind', 'created_at as createdAt', 'sent_at as sentAt'])
            .where('to_address', '=', person.email)
            .orderBy('created_at')
            .execute()
        : [];
      const optOuts = await tenant
        .selectFrom('mail_opt_outs')
        .select(['mail_kind as kind', 'created_at as createdAt'])
        .where('person_id', '=', personId)
        .orderBy('mail_kind')
        .execute();
      return [
        { name: 'mail', rows },
        { name: 'mail-opt-outs', rows: optOuts },
      ];
    },
    async erase(tenant, personId) {
      const person = await personOf(tenant, personId);
      if (!person) return 0;
      const optOuts = await tenant
        .deleteFrom('mail_opt_outs')
        .where('person_id', '=', personId)
        .executeTakeFirst();
      const sent = await tenant
        .deleteFrom('outbox_messages')
        .where('to_address', '=', person.email)
        .executeTakeFirst();
      // Mail to colleagues that named the person ("… asked you for feedback") keeps its text without the name.
      const name = displayName(person);
      const named = await tenant
        .updateTable('outbox_messages')
        .set({
          subject: sql`replace(subject, ${name}, ${erasedName})`,
          text_body: sql`replace(text_body, ${name}, ${erasedName})`,
          delivery_body: sql`replace(delivery_body, ${name}, ${erasedName})`,
        })
        .where((eb) =>
          eb.or([
            eb('subject', 'like', `%${name}%`),
            eb('text_body', 'like', `%${name}%`),
            eb('delivery_body', 'like', `%${name}%`),
          ]),
        )
        .executeTakeFirst();
      return Number(optOuts.numDeletedRows) + Number(sent.numDeletedRows) + Number(named.numUpdatedRows);
    },
  },
];
