import { formatCalendarDate } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { calendarTexts } from '../../messages/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import {
  dueReminders,
  organisationsWithOpenCycles,
  type ReminderKind,
} from './conversation-reminders.repository.ts';

const daysBefore = 3;
/**
 * Reminders before a cycle's deadlines, by the organisation's today: in the last three days before
 * preparation is due, to whoever has not shared their preparation; before sign-off, to whoever has
 * not signed. Each conversation gets each kind of reminder once.
 */
export async function sendConversationRemindersOf(ctx: OrgContext, options: { baseUrl: string }) {
  let sent = 0;
  for (const kind of ['preparation', 'sign_off'] as const satisfies ReminderKind[]) {
    for (const row of await dueReminders(ctx.db, { kind, today: ctx.today(), daysBefore })) {
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
      await runChange(ctx, async (tx) => {
        await tx.db.insertInto('conversation_reminders', { conversation_id: row.id, kind }).execute();
        for (const personId of pending)
          await notifyPerson(tx.db, personId, {
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
      });
      sent += pending.length;
    }
  }
  return sent;
}

/** The daily job: every organisation with an open cycle, each by its own calendar date. */
export async function sendConversationReminders(deps: ModuleDeps) {
  const at = new Date();
  let sent = 0;
  for (const organisationId of await organisationsWithOpenCycles(deps.db)) {
    const ctx = await organisationContextOf(deps, organisationId, at);
    sent += await sendConversationRemindersOf(ctx, { baseUrl: deps.config.baseUrl });
  }
  return sent;
}
