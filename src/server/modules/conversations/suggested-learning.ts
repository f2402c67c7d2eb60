import type { Ctx } from '../../core/context.ts';
import { AppError } from '../../http/errors.ts';
import { learningFor } from '../catalogue/index.ts';
import { currentPlanGoals } from '../plans/index.ts';
import { personGaps } from '../skills/index.ts';
import { visibleConversation } from './conversations.read.ts';

const largestGaps = 3;
const maxSuggestions = 5;

/**
 * For the manager of a conversation: published learning for the skills of the employee's plan goals,
 * then for their largest skill gaps against their job role. At most five.
 */
export async function suggestedLearning(ctx: Ctx, conversationId: string) {
  const tenant = ctx.db;
  const { row, side } = await visibleConversation(ctx, conversationId);
  if (side !== 'manager') throw new AppError('forbidden', 'Suggested learning is for the manager.');
  const goalSkills = (await currentPlanGoals(tenant, row.employee_id))
    .map((goal) => goal.skill_id ?? (goal.serves_kind === 'skill' ? goal.serves_id : null))
    .filter((skillId): skillId is string => Boolean(skillId));
  let gapSkills: string[] = [];
  try {
    const gaps = await personGaps({
      db: tenant.executor,
      auth: ctx.auth,
      personId: row.employee_id,
      locale: ctx.locale,
    });
    gapSkills = gaps.gaps
      // Gaps first (largest first), then skills the role asks that nobody has assessed yet.
      .filter((g) => g.gap > 0 || !g.isAssessed)
      .slice(0, largestGaps)
      .map((g) => g.skill.id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  const skills = [...new Set([...goalSkills, ...gapSkills])];
  const found = await learningFor(
    tenant.executor,
    tenant.organisationId,
    skills.map((id) => ({ kind: 'skill' as const, id })),
    ctx.locale,
  );
  const rank = (skillId: string) => skills.indexOf(skillId);
  const unique = new Map<string, (typeof found)[number]>();
  for (const entry of [...found].sort((a, b) => rank(a.targetId) - rank(b.targetId)))
    if (!unique.has(`${entry.type}:${entry.id}`)) unique.set(`${entry.type}:${entry.id}`, entry);
  return [...unique.values()].slice(0, maxSuggestions).map((entry) => ({
    type: entry.type,
    id: entry.id,
    title: entry.title,
    format: entry.format,
    durationMinutes: entry.durationMinutes,
    reason: goalSkills.includes(entry.targetId) ? ('plan_goal' as const) : ('skill_gap' as const),
  }));
}
