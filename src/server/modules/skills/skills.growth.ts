import type { TenantDb } from '../../db/tenant.ts';
import { deriveCurrentLevel } from './skills.level-rule.ts';
import { levelRatingsOf } from './skills.repository.ts';

export type SkillGrown = {
  skill: { id: string; name: { nl: string; en: string } };
  fromLevel: number;
  toLevel: number;
  ratedOn: string;
};

/** The calendar day before a yyyy-mm-dd day. */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Skills a person grew in since a day: their current level by the documented rule (level-rule.ts) today is
 * higher than it was the day before `since`, judged on the ratings known then. A first rating in the
 * period is not growth (there was no level to grow from); archived skills are left out.
 */
export async function skillsGrown(tenant: TenantDb, personId: string, since: string, today: string) {
  const ratings = await levelRatingsOf(tenant, [personId]);
  const bySkill = new Map<string, typeof ratings>();
  for (const rating of ratings) bySkill.set(rating.skillId, [...(bySkill.get(rating.skillId) ?? []), rating]);
  const before = dayBefore(since);
  const grown: (Omit<SkillGrown, 'skill'> & { skillId: string })[] = [];
  for (const [skillId, list] of bySkill) {
    const then = deriveCurrentLevel(
      list.filter((rating) => rating.ratedOn <= before),
      before,
    );
    const now = deriveCurrentLevel(list, today);
    if (then && now && now.level > then.level) {
      grown.push({ skillId, fromLevel: then.level, toLevel: now.level, ratedOn: now.ratedOn });
    }
  }
  if (!grown.length) return [];
  const skills = await tenant
    .selectFrom('skills')
    .select(['id', 'name_nl', 'name_en'])
    .where(
      'id',
      'in',
      grown.map((row) => row.skillId),
    )
    .where('is_archived', '=', false)
    .execute();
  const nameOf = new Map(skills.map((skill) => [skill.id, { nl: skill.name_nl, en: skill.name_en }]));
  return grown
    .map(({ skillId, ...levels }): SkillGrown | null => {
      const name = nameOf.get(skillId);
      return name ? { skill: { id: skillId, name }, ...levels } : null;
    })
    .filter((row): row is SkillGrown => row !== null)
    .sort((a, b) => b.ratedOn.localeCompare(a.ratedOn) || a.skill.name.nl.localeCompare(b.skill.name.nl));
}
