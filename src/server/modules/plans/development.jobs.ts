import type { Db } from '../../db/database.ts';
import { sendConversationReminders } from '../conversations/conversation-reminders.job.ts';
import { askDueFollowups } from '../learning-agreements/index.ts';

/** The daily development run: conversation reminders and learning-agreement follow-up questions. */
export async function runDevelopmentDaily(db: Db, options: { baseUrl: string; today?: string }) {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const reminders = await sendConversationReminders(db, { today, baseUrl: options.baseUrl });
  const followups = await askDueFollowups(db, { today, baseUrl: options.baseUrl });
  return { reminders, followups };
}
