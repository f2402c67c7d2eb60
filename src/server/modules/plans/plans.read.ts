import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { historyOf } from '../audit/index.ts';
import { learningOfActions, suggestionsForGoal } from './plan-learning.ts';
import { servedTitles } from './plan-links.ts';
import { presentPlan } from './plans.presenter.ts';
import {
  currentPeriod,
  findPlanGoal,
  findPlanIdFor,
  listPlanSummaries,
  planParts,
} from './plans.repository.ts';
import { accessiblePlan } from './plans.service.ts';

/** A plan as the caller sees it: goals, actions with their learning, notes, follow-ups, abilities. */
export async function planView(ctx: Ctx, planId: string) {
  const { row, access } = await accessiblePlan(ctx, planId);
  const parts = await planParts(ctx.db, planId, row.person_id);
  const titles = await servedTitles(
    ctx.db,
    ctx.auth,
    parts.goals.flatMap((goal) => [
      { kind: goal.serves_kind, id: goal.serves_id },
      { kind: 'skill' as const, id: goal.skill_id },
    ]),
  );
  const learning = await learningOfActions(ctx.db, row.person_id, parts.actions, ctx.locale);
  return presentPlan(row, parts, access, { titles, learning, today: ctx.today() });
}

export async function myPlan(ctx: Ctx, query: { period?: string }) {
  const period = query.period ?? currentPeriod(ctx);
  const planId = await findPlanIdFor(ctx.db, personIdOf(ctx.auth), period);
  return { period, plan: planId ? await planView(ctx, planId) : null };
}

/** Published learning that serves what a plan goal serves. */
export async function suggestionsFor(ctx: Ctx, goalId: string) {
  const goal = await findPlanGoal(ctx.db, goalId);
  if (!goal) throw notFound('Goal');
  await accessiblePlan(ctx, goal.plan_id);
  const found = await suggestionsForGoal(ctx.db, goal, ctx.locale);
  return found.slice(0, 10).map(({ targetId: _, ...entry }) => entry);
}

/** My reports' plans, or (HR) everyone's plan state. */
export async function listPlans(ctx: Ctx, query: { period?: string; scope?: 'team' | 'organisation' }) {
  const isOrganisation = query.scope === 'organisation';
  if (isOrganisation) assertCan(ctx.auth, 'development.manage');
  const rows = await listPlanSummaries(ctx.db, {
    period: query.period ?? currentPeriod(ctx),
    managerId: isOrganisation ? undefined : personIdOf(ctx.auth),
    includeDrafts: isOrganisation,
    today: ctx.today(),
  });
  return rows.map((row) => ({
    id: row.id,
    person: { id: row.person_id, displayName: row.person_name },
    period: row.period,
    state: row.state,
    goals: Number(row.goals),
    overdueGoals: Number(row.overdue_goals),
    actions: Number(row.actions),
    actionsDone: Number(row.actions_done),
    updatedAt: row.updated_at.toISOString(),
  }));
}

export async function planHistory(ctx: Ctx, planId: string) {
  await accessiblePlan(ctx, planId);
  return historyOf(ctx.db, { type: 'development_plan', id: planId });
}
