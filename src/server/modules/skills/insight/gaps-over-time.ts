import type { TenantDb } from '../../../db/tenant.ts';
import { deriveCurrentLevel } from '../skills.level-rule.ts';
import { levelRatingsOf, type RatingRow } from '../skills.repository.ts';
import { targetsByRole } from './insight.repository.ts';

export type GapFigures = { belowTarget: number; notAssessed: number; totalGap: number };
export type SkillGapTrend = {
  skill: { id: string; name: { nl: string; en: string } };
  demand: number;
  atStart: GapFigures;
  atEnd: GapFigures;
};

/** The calendar day before a yyyy-mm-dd day. */
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Gaps against role profiles at the start of a period and at its end (insight's organisation dashboard):
 * the current holders of a role (not left, in `personIds` when given) and the skills their role asks,
 * with each person's level by the documented rule on the ratings known the day before `from` ("then")
 * and on `to` ("now"). Role membership is today's; a never rated skill is "not assessed", not a gap.
 */
export async function roleGapsOverTime(
  tenant: TenantDb,
  options: { personIds: readonly string[] | null; from: string; to: string },
): Promise<SkillGapTrend[]> {
  let holdersQuery = tenant
    .selectFrom('people')
    .innerJoin('person_job_roles', (join) =>
      join
        .onRef('person_job_roles.organisation_id', '=', 'people.organisation_id')
        .onRef('person_job_roles.person_id', '=', 'people.id'),
    )
    .select(['people.id', 'person_job_roles.job_role_id'])
    .where('people.status', '<>', 'left');
  if (options.personIds) {
    if (!options.personIds.length) return [];
    holdersQuery = holdersQuery.where('people.id', 'in', [...options.personIds]);
  }
  const [holders, byRole] = await Promise.all([holdersQuery.execute(), targetsByRole(tenant)]);
  const asked = holders.filter((holder) => byRole.get(holder.job_role_id)?.size);
  if (!asked.length) return [];
  const ratings = await levelRatingsOf(
    tenant,
    asked.map((holder) => holder.id),
  );
  const ratingsOf = new Map<string, RatingRow[]>();
  for (const rating of ratings) {
    const key = `${rating.personId}:${rating.skillId}`;
    const list = ratingsOf.get(key);
    if (list) list.push(rating);
    else ratingsOf.set(key, [rating]);
  }
  const before = dayBefore(options.from);
  const empty = (): GapFigures => ({ belowTarget: 0, notAssessed: 0, totalGap: 0 });
  const perSkill = new Map<string, { demand: number; atStart: GapFigures; atEnd: GapFigures }>();
  const count = (figures: GapFigures, level: number | undefined, target: number) => {
    if (level === undefined) figures.notAssessed++;
    else if (level < target) {
      figures.belowTarget++;
      figures.totalGap += target - level;
    }
  };
  for (const holder of asked) {
    for (const [skillId, target] of byRole.get(holder.job_role_id)!) {
      const list = ratingsOf.get(`${holder.id}:${skillId}`) ?? [];
      const then = deriveCurrentLevel(
        list.filter((rating) => rating.ratedOn <= before),
        before,
      )?.level;
      const now = deriveCurrentLevel(
        list.filter((rating) => rating.ratedOn <= options.to),
        options.to,
      )?.level;
      let row = perSkill.get(skillId);
      if (!row) {
        row = { demand: 0, atStart: empty(), atEnd: empty() };
        perSkill.set(skillId, row);
      }
      row.demand++;
      count(row.atStart, then, target);
      count(row.atEnd, now, target);
    }
  }
  const skills = await tenant
    .selectFrom('skills')
    .select(['id', 'name_nl', 'name_en'])
    .where('id', 'in', [...perSkill.keys()])
    .where('is_archived', '=', false)
    .execute();
  return skills
    .map((skill) => ({
      skill: { id: skill.id, name: { nl: skill.name_nl, en: skill.name_en } },
      ...perSkill.get(skill.id)!,
    }))
    .sort((a, b) => b.atEnd.totalGap - a.atEnd.totalGap || a.skill.name.nl.localeCompare(b.skill.name.nl));
}
