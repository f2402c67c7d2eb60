import type { TenantDb } from '../../db/tenant.ts';
import { organisationToday } from '../organisations/index.ts';
import { currentPeriod, findPlanIdFor } from './plans.repository.ts';

export { currentPeriod } from './plans.repository.ts';

/** The plan period now, for callers without a request context: the organisation's calendar year. */
async function periodNow(tenant: TenantDb) {
  const today = await organisationToday(tenant, tenant.organisationId);
  return currentPeriod({ today: () => today });
}

/**
 * Agreed conversation actions (or a WorkOut's next steps, `source: 'workout'`) land in the employee's
 * plan for the period (made if missing).
 */
export async function addPlanActionsFromConversation(
  tenant: TenantDb,
  options: {
    personId: string;
    period?: string;
    titles: string[];
    source?: 'conversation' | 'workout' | 'talent_review';
  },
): Promise<string[]> {
  const period = options.period ?? (await periodNow(tenant));
  let planId = await findPlanIdFor(tenant, options.personId, period);
  if (!planId) {
    const created = await tenant
      .insertInto('development_plans', { person_id: options.personId, period })
      .returning('id')
      .executeTakeFirstOrThrow();
    planId = created.id;
  }
  if (options.titles.length === 0) return [];
  const rows = await tenant
    .insertInto(
      'plan_actions',
      options.titles.map((title) => ({
        plan_id: planId,
        kind: 'other' as const,
        title,
        source: options.source ?? ('conversation' as const),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/** The person's own external-training plan action (a budget request pays for it), or undefined. */
export async function externalTrainingOfPerson(tenant: TenantDb, personId: string, actionId: string) {
  return tenant
    .selectFrom('plan_actions')
    .innerJoin('development_plans as d', (join) =>
      join
        .onRef('d.organisation_id', '=', 'plan_actions.organisation_id')
        .onRef('d.id', '=', 'plan_actions.plan_id'),
    )
    .select(['plan_actions.id', 'plan_actions.goal_id'])
    .where('plan_actions.id', '=', actionId)
    .where('plan_actions.kind', '=', 'external_training')
    .where('d.person_id', '=', personId)
    .executeTakeFirst();
}

/** Whether a goal belongs to one of the person's plans (budget requests and agreements link to goals). */
export async function isGoalOfPerson(tenant: TenantDb, personId: string, goalId: string): Promise<boolean> {
  const row = await tenant
    .selectFrom('plan_goals')
    .innerJoin('development_plans as d', (join) =>
      join
        .onRef('d.organisation_id', '=', 'plan_goals.organisation_id')
        .onRef('d.id', '=', 'plan_goals.plan_id'),
    )
    .select('plan_goals.id')
    .where('plan_goals.id', '=', goalId)
    .where('d.person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

/** The goals of the person's plan for the current period, with what each serves (for "waarom en wat"). */
export async function currentPlanGoals(tenant: TenantDb, personId: string) {
  const planId = await findPlanIdFor(tenant, personId, await periodNow(tenant));
  if (!planId) return [];
  return tenant
    .selectFrom('plan_goals')
    .select(['id', 'title', 'serves_kind', 'serves_id', 'skill_id', 'status', 'progress'])
    .where('plan_id', '=', planId)
    .orderBy('position')
    .execute();
}

/** Removes plan actions a conversation put in the plan (the agreed action was taken back). */
export async function removePlanActionsFromConversation(tenant: TenantDb, planActionIds: string[]) {
  if (planActionIds.length === 0) return;
  await tenant
    .deleteFrom('plan_actions')
    .where('id', 'in', planActionIds)
    .where('source', '=', 'conversation')
    .execute();
}

/** The titles of plan goals by id (budget requests show the goal they serve). */
export async function planGoalTitles(tenant: TenantDb, goalIds: readonly (string | null)[]) {
  const ids = [...new Set(goalIds.filter((id): id is string => Boolean(id)))];
  if (!ids.length) return new Map<string, string>();
  const rows = await tenant.selectFrom('plan_goals').select(['id', 'title']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** Plan goals that serve or develop a skill (skills' mentor finder looks for willing buddies on them). */
export async function goalIdsForSkill(tenant: TenantDb, skillId: string): Promise<string[]> {
  const rows = await tenant
    .selectFrom('plan_goals')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('skill_id', '=', skillId),
        eb.and([eb('serves_kind', '=', 'skill'), eb('serves_id', '=', skillId)]),
      ]),
    )
    .execute();
  return rows.map((row) => row.id);
}

// The approvals inbox (home) lists my reports' shared plans.
export { listPlans } from './plans.read.ts';
export { planSummarySchema } from './plans.schemas.ts';

/** Reflections in shared plans of these people since a moment (knowledge's team moment shows them). */
export async function recentReflections(tenant: TenantDb, personIds: string[], since: Date) {
  if (!personIds.length) return [];
  return tenant
    .selectFrom('plan_notes')
    .innerJoin('development_plans as d', (join) =>
      join
        .onRef('d.organisation_id', '=', 'plan_notes.organisation_id')
        .onRef('d.id', '=', 'plan_notes.plan_id'),
    )
    .leftJoin('plan_goals as g', (join) =>
      join
        .onRef('g.organisation_id', '=', 'plan_notes.organisation_id')
        .onRef('g.id', '=', 'plan_notes.goal_id'),
    )
    .select(['d.person_id', 'plan_notes.body', 'plan_notes.created_at', 'g.title as goal_title'])
    .where('plan_notes.kind', '=', 'reflection')
    .where('d.state', '<>', 'draft')
    .where('d.person_id', 'in', personIds)
    .whereRef('plan_notes.author_id', '=', 'd.person_id')
    .where('plan_notes.created_at', '>=', since)
    .orderBy('plan_notes.created_at', 'desc')
    .limit(50)
    .execute();
}

// Insight: goal coverage and plan states (counts only).
export { planGoalsServingGoals, planStatesOf } from './plans.insight.ts';

/** How many of these people have an agreed (or reviewed) plan this period (talent reviews show it). */
export async function agreedPlanCount(tenant: TenantDb, personIds: string[]): Promise<number> {
  if (!personIds.length) return 0;
  const row = await tenant
    .selectFrom('development_plans')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('person_id', 'in', personIds)
    .where('period', '=', await periodNow(tenant))
    .where('state', 'in', ['agreed', 'reviewed'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
