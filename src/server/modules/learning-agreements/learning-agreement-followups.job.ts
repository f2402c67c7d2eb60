import { calendarDateOf } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import './learning-agreements.events.ts';
import { dueFollowups, markAsked, organisationsWithOpenFollowups } from './learning-agreements.repository.ts';

/**
 * Asks the 30/60/90-day questions of one organisation that are due by its today: marks each asked and
 * e-mails the learner. Each question is asked once, whichever instance runs the job.
 */
export async function askDueFollowupsOf(ctx: OrgContext, options: { baseUrl: string }): Promise<number> {
  let asked = 0;
  for (const followup of await dueFollowups(ctx.db, ctx.today()))
    await runChange(ctx, async (tx) => {
      if (!(await markAsked(tx.db, followup, tx.now()))) return;
      asked++;
      await notifyPerson(tx.db, followup.person_id, {
        kind: 'learning_followup',
        vars: ({ name }) => ({
          name,
          title: followup.title,
          day: String(followup.day),
          link: `${options.baseUrl}/development/plan`,
        }),
      });
      tx.record({
        action: 'learning_agreement.followup_asked',
        subjectId: followup.agreement_id,
        changes: { day: followup.day },
      });
    });
  return asked;
}

/** The daily job: every organisation asks what is due by its own calendar date. */
export async function askDueFollowups(deps: ModuleDeps): Promise<number> {
  const at = new Date();
  // No organisation's today is later than tomorrow in UTC: a cheap bound before each asks by its own.
  const latest = calendarDateOf(new Date(at.getTime() + 86_400_000), 'UTC');
  let asked = 0;
  for (const organisationId of await organisationsWithOpenFollowups(deps.db, latest)) {
    const ctx = await organisationContextOf(deps, organisationId, at);
    asked += await askDueFollowupsOf(ctx, { baseUrl: deps.config.baseUrl });
  }
  return asked;
}
