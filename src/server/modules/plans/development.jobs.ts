import type { Db } from '../../db/database.ts';
import { sendConversationReminders } from '../conversations/conversation-reminders.job.ts';
import { askDueFollowups } from '../learning-agreements/index.ts';
import { organisationsByToday } from '../organisations/index.ts';

/**
 * The daily development run: conversation reminders and learning-agreement follow-up questions, each
 * organisation on its own calendar ("today" where its people are, not in UTC). `now` is for tests.
 */
export async function runDevelopmentDaily(db: Db, options: { baseUrl: string; now?: Date }) {
  let reminders = 0;
  let followups = 0;
  for (const [today, organisationIds] of await organisationsByToday(db, options.now)) {
    const run = { today, organisationIds, baseUrl: options.baseUrl };
    reminders += await sendConversationReminders(db, run);
    followups += await askDueFollowups(db, run);
  }
  return { reminders, followups };
}
