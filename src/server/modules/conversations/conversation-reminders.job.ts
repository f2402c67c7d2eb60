import { sql } from 'kysely';
import { formatCalendarDate } from '../../core/calendar.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { calendarTexts } from '../../messages/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationsByToday } from '../organisations/index.ts';

const daysBefore = 3;

/**
 * Reminders before a cycle's deadlines (pg-boss runs this daily): in the last three days before
 * preparation is due, to whoever has not shared their preparation; before sign-off, to whoever has
 * not signed. Each conversation gets each kind of reminder once. Each organisation's days are counted
 * on its own calendar; `now` is for tests.
 */
export async function sendConversationReminders(db: Db, options: { baseUrl: string; now?: Date }) {
  let sent = 0;
  for (const [today, organisationIds] of await organisationsByToday(db, options.now))
    sent += await remindersDue(db, { today, organisationIds, baseUrl: options.baseUrl });
  return sent;
}

async function remindersDue(db: Db, options: { today: string; organisationIds: string[]; baseUrl: string }) {
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
      .where(sql<boolean>`v.organisation_id = ANY(${options.organisationIds}::uuid[])`)
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
              due: formatCalendarDate(row.due, locale),
              what:
                kind === 'preparation'
                  ? calendarTexts(locale).preparationDue()
                  : calendarTexts(locale).signOffDue(),
              link: `${options.baseUrl}/development/conversations/${row.id}`,
            }),
          });
        sent += pending.length;
      });
    }
  }
  return sent;
}
