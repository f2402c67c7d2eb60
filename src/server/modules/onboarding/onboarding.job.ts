import { addDays } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { organisationContextOf, organisationsByToday } from '../organisations/index.ts';
import { notifyStepDue } from './onboarding.notify.ts';
import { dueStepsToNotify, markNotified, organisationsWithRuleTemplates } from './onboarding.repository.ts';
import { assignByRule } from './onboarding.service.ts';

/**
 * The background round: templates with a rule give a journey to everyone they reach on their start date
 * (once per person and template), and the owner of each step that became due is told, once. Steps that
 * fell due more than three days ago are not announced any more (a journey assigned late is not a flood).
 */
export async function runOnboardingRound(deps: ModuleDeps, now = new Date()) {
  let assigned = 0;
  for (const organisationId of await organisationsWithRuleTemplates(deps.db))
    assigned += await assignByRule(await organisationContextOf(deps, organisationId, now));
  let notified = 0;
  for (const [today, organisationIds] of await organisationsByToday(deps.db, now)) {
    for (const due of await dueStepsToNotify(deps.db, organisationIds, today, addDays(today, -3))) {
      const ctx = await organisationContextOf(deps, due.organisation_id, now);
      await runChange(ctx, async (tx) => {
        if (!Number((await markNotified(tx.db, due.id, now)).numUpdatedRows)) return;
        if (await notifyStepDue(tx, due.id, deps.config.baseUrl)) notified++;
      });
    }
  }
  return { assigned, notified };
}
