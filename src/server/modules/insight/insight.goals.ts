import type { Ctx } from '../../core/context.ts';
import { learningTaggedToGoals } from '../catalogue/index.ts';
import { goalVisibility, listGoals, listTeamGoals } from '../goals/index.ts';
import { planGoalsServingGoals } from '../plans/index.ts';
import { completionsOfSubjects, peopleIds, type Scope } from './insight.repository.ts';

// Goal coverage (docs/INSIGHT.md): per organisation goal the reader may see, how many people in scope
// have a plan goal serving it (directly or through an aligned team goal), how much learning tagged to
// it was completed in the period, and which key results have learning behind them.

export async function goalCoverage(ctx: Ctx, scope: Scope) {
  const period = scope.to.slice(0, 4);
  const [goals, teamGoals, planGoals, tagged, scoped] = await Promise.all([
    listGoals(ctx.db, goalVisibility(ctx.auth!)),
    listTeamGoals(ctx.db, {}),
    planGoalsServingGoals(ctx.db, period),
    learningTaggedToGoals(ctx.db),
    scope.unitId || scope.jobTitle ? peopleIds(ctx.db, scope) : Promise.resolve(null),
  ]);
  const alignedTo = new Map(teamGoals.map((team) => [team.id, team.alignedGoalIds]));
  const peopleOf = new Map<string, Set<string>>();
  for (const planGoal of planGoals) {
    if (scoped && !scoped.has(planGoal.person_id)) continue;
    const served =
      planGoal.serves_kind === 'organisation_goal'
        ? [planGoal.serves_id]
        : (alignedTo.get(planGoal.serves_id) ?? []);
    for (const goalId of served) {
      if (!peopleOf.has(goalId)) peopleOf.set(goalId, new Set());
      peopleOf.get(goalId)!.add(planGoal.person_id);
    }
  }
  const keysOf = new Map<string, string[]>();
  for (const link of tagged) {
    keysOf.set(link.goal_id, [
      ...(keysOf.get(link.goal_id) ?? []),
      `${link.subject_kind}:${link.subject_id}`,
    ]);
  }
  const completions = await completionsOfSubjects(
    ctx.db,
    [...new Set(tagged.map((t) => `${t.subject_kind}:${t.subject_id}`))],
    scope,
  );
  return goals.map((goal) => {
    const keys = keysOf.get(goal.id) ?? [];
    const completed = keys.reduce((sum, key) => sum + (completions.get(key) ?? 0), 0);
    const people = peopleOf.get(goal.id)?.size ?? 0;
    const hasLearning = completed > 0 || people > 0;
    return {
      goalId: goal.id,
      title: goal.title,
      status: goal.status,
      peopleWithPlanGoal: people,
      taggedLearning: keys.length,
      taggedCompletions: completed,
      keyResults: goal.keyResults.map((kr) => ({
        id: kr.id,
        metric: kr.metric,
        hasLearning,
      })),
    };
  });
}
