import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { goalVisibility } from './goals.policy.ts';
import { presentCheckIn, presentGoal, presentTeamGoal } from './goals.presenter.ts';
import { checkInsOf, listGoals, listTeamGoals, visibleGoalIds } from './goals.repository.ts';

/** The ids of the organisation goals the caller may see, read once per request. */
export function visibleIdsOf(ctx: Ctx) {
  return ctx.memo('goals:visible-ids', () => visibleGoalIds(ctx.db, goalVisibility(ctx.auth)));
}

/** Organisation goals with key results (confidential ones only for management). */
export async function goalList(ctx: Ctx) {
  assertCan(ctx.auth, 'direction.read');
  return (await listGoals(ctx.db, goalVisibility(ctx.auth))).map(presentGoal);
}

/** The alignment tree: each organisation goal with the team goals that serve it. */
export async function goalTree(ctx: Ctx) {
  assertCan(ctx.auth, 'direction.read');
  const goals = await listGoals(ctx.db, goalVisibility(ctx.auth));
  const visible = new Set(goals.map((goal) => goal.id));
  const teamGoals = await listTeamGoals(ctx.db, { alignedTo: [...visible] });
  return goals.map((goal) => ({
    ...presentGoal(goal),
    teamGoals: teamGoals
      .filter((team) => team.alignedGoalIds.includes(goal.id))
      .map((team) => presentTeamGoal(team, visible)),
  }));
}

/** One organisation goal with its check-ins and the team goals aligned to it. */
export async function goalDetail(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'direction.read');
  const [goal] = await listGoals(ctx.db, goalVisibility(ctx.auth), [id]);
  if (!goal) throw notFound('Organisation goal');
  const [visible, checkIns, teamGoals] = await Promise.all([
    visibleIdsOf(ctx),
    checkInsOf(
      ctx.db,
      goal.keyResults.map((kr) => kr.id),
    ),
    listTeamGoals(ctx.db, { alignedTo: [goal.id] }),
  ]);
  return {
    goal: presentGoal(goal),
    checkIns: checkIns.map(presentCheckIn),
    teamGoals: teamGoals.map((row) => presentTeamGoal(row, visible)),
  };
}

export async function teamGoalList(ctx: Ctx, query: { unitId?: string }) {
  assertCan(ctx.auth, 'direction.read');
  const [visible, rows] = await Promise.all([
    visibleIdsOf(ctx),
    listTeamGoals(ctx.db, query.unitId ? { unitIds: [query.unitId] } : {}),
  ]);
  return rows.map((row) => presentTeamGoal(row, visible));
}

export async function teamGoalView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'direction.read');
  const [row] = await listTeamGoals(ctx.db, { ids: [id] });
  if (!row) throw notFound('Team goal');
  return presentTeamGoal(row, await visibleIdsOf(ctx));
}
