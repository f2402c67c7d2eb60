import type { OrgContext } from '../../core/context.ts';
import { currentLevelsOf } from './skills.level-rule.ts';
import { levelRatingsOf } from './skills.repository.ts';

/** A person's current level per skill by the documented rule (skills.level-rule.ts). */
export async function currentLevels(
  ctx: OrgContext,
  personId: string,
): Promise<{ skillId: string; level: number; reason: string; ratedOn: string }[]> {
  const ratings = await levelRatingsOf(ctx.db, [personId]);
  const levels = currentLevelsOf(ratings, ctx.today()).get(personId) ?? new Map();
  return [...levels].map(([skillId, current]) => ({
    skillId,
    level: current.level,
    reason: current.reason,
    ratedOn: current.ratedOn,
  }));
}
