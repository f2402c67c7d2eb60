import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { notifyPerson } from '../notifications/index.ts';

const daysBefore = 3;
const whatToDo = {
  nl: {
    preparation: 'bereid je gesprek voor en deel je voorbereiding',
    sign_off: 'rond je gesprek af en onderteken het',
  },
  en: {
    preparation: 'prepare your conversation and share your preparation',
    sign_off: 'finish and sign your conversation',
  },
} as const;

/**
 * Reminders before a cycle's deadlines (pg-boss runs this daily): in the last three days before
 * preparation is due, to whoever has not shared their preparation; before sign-off, to whoever has
 * not signed. Each conversation gets each kind of reminder once.
 */
export async function sendConversationReminders(db: Db, options: { today: string; baseUrl: string }) {
  let sent = 0;
  for (const kind of ['preparation', 'sign_off'] as const) {
    const dueColumn = kind === 'preparation' ? sql.ref('c.preparation_due') : sql.ref('c.sign_off_due');
    const rows = await db
      .selectFrom('conversations as v')
      .innerJoin('conversation_cycles as c', (join) =>
        join.onRef('c.organisation_id', '=', 'v.organisation_id').onRef('c.id', '=', 'v.cycle_id'),
      )
      .select([
        'v.organisation_id',
        'v.id',
        'v.employee_id',
        'v.manager_id',
        'v.employee_signed_at',
        'v.manager_signed_at',
        'c.name',
        sql<string>`${dueColumn}::text`.as('due'),
        sql<
          string[]
        >`array(SELECT cp.side FROM conversation_preparations cp WHERE cp.organisation_id = v.organisation_id AND cp.conversation_id = v.id AND cp.shared_at IS NOT NULL)`.as(
          'shared_sides',
        ),
      ])
      .where('c.state', '=', 'open')
      .where(
        sql<boolean>`${dueColumn} BETWEEN ${options.today}::date AND ${options.today}::date + ${daysBefore}::int`,
      )
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('conversation_reminders as r')
              .select('r.kind')
              .whereRef('r.organisation_id', '=', 'v.organisation_id')
              .whereRef('r.conversation_id', '=', 'v.id')
              .where('r.kind', '=', kind),
          ),
        ),
      )
      .limit(5000)
      .execute();
    for (const row of rows) {
      const pending =
        kind === 'preparation'
          ? [
              ...(row.shared_sides.includes('employee') ? [] : [row.employee_id]),
              ...(row.shared_sides.includes('manager') ? [] : [row.manager_id]),
            ]
          : [
              ...(row.employee_signed_at ? [] : [row.employee_id]),
              ...(row.manager_signed_at ? [] : [row.manager_id]),
            ];
      if (pending.length === 0) continue;
      await forOrganisation(db, row.organisation_id).transaction(async (tenant) => {
        await tenant.insertInto('conversation_reminders', { conversation_id: row.id, kind }).execute();
        for (const personId of pending)
          await notifyPerson(tenant, personId, {
            kind: 'conversation_reminder',
            vars: ({ name, locale }) => ({
              name,
              cycle: row.name,
              due: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
                new Date(`${row.due}T12:00:00Z`),
              ),
              what: whatToDo[locale][kind],
              link: `${options.baseUrl}/development/conversations/${row.id}`,
            }),
          });
        sent += pending.length;
      });
    }
  }
  return sent;
}
