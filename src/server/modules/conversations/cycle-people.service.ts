import { formatCalendarDate } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { calendarTexts } from '../../messages/index.ts';
import { assertCan } from '../access/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { cyclePeopleRows } from './cycle-people.repository.ts';
import { findCycle } from './cycles.repository.ts';

/**
 * HR reminds chosen people from the board: before the meeting, whoever has not shared their
 * preparation; after it, whoever has not signed. Through notifyPerson (the bell, and mail as each person chose), in one change.
 * Answers how many people were reminded (a signed conversation reminds nobody).
 */
export async function remindFromBoard(
  ctx: Ctx,
  options: { cycleId: string; conversationIds: string[]; baseUrl: string },
) {
  assertCan(ctx.auth, 'development.manage');
  const cycle = await findCycle(ctx.db, options.cycleId);
  if (!cycle) throw notFound('Cycle');
  const chosen = new Set(options.conversationIds);
  const rows = (await cyclePeopleRows(ctx.db, options.cycleId, {})).filter((row) => chosen.has(row.id));
  return runChange(ctx, async (tx) => {
    let reminded = 0;
    for (const row of rows) {
      const beforeMeeting = row.state === 'open' || row.state === 'prepared';
      const pending = beforeMeeting
        ? [
            ...(row.shared_sides.includes('employee') ? [] : [row.employee_id]),
            ...(row.shared_sides.includes('manager') ? [] : [row.manager_id]),
          ]
        : row.state === 'held'
          ? [
              ...(row.employee_signed_at ? [] : [row.employee_id]),
              ...(row.manager_signed_at ? [] : [row.manager_id]),
            ]
          : [];
      const due = beforeMeeting ? cycle.preparation_due : cycle.sign_off_due;
      for (const personId of pending)
        await notifyPerson(tx.db, personId, {
          kind: 'conversation_reminder',
          vars: ({ name, locale }) => ({
            name,
            cycle: cycle.name,
            due: formatCalendarDate(due, locale),
            what: beforeMeeting ? calendarTexts(locale).preparationDue() : calendarTexts(locale).signOffDue(),
            link: `${options.baseUrl}/development/conversations/${row.id}`,
          }),
        });
      reminded += pending.length;
    }
    return { reminded };
  });
}
