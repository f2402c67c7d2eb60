import { sql } from 'kysely';
import type { RatingSource } from '../../db/schema.ts';

// The documented rule for a person's current level on a skill (docs/ARCHITECTURE.md, "Skills").
// 1. A manager rating from the last 12 months: the manager has validated the level.
// 2. Otherwise the latest self rating: the person knows best what changed since.
// 3. Otherwise an older manager rating.
// 4. Otherwise the highest level shown by evidence (learning completed, assessment passed).
// Peer endorsements never set the level; they are counted and shown beside it, as is evidence.

export const recentManagerMonths = 12;

export type RatingForRule = {
  id: string;
  source: RatingSource;
  level: number;
  ratedOn: string; // yyyy-mm-dd
  createdAt: Date;
};

export type LevelReason = 'manager_recent' | 'self_latest' | 'manager_older' | 'evidence_highest';

export type CurrentLevel = {
  level: number;
  reason: LevelReason;
  ratingId: string;
  ratedOn: string;
} | null;

const newestFirst = (a: RatingForRule, b: RatingForRule) =>
  b.ratedOn.localeCompare(a.ratedOn) || b.createdAt.getTime() - a.createdAt.getTime();

/** The calendar date `months` before `today`, counted on the calendar (no clock or time zone involved). */
function monthsBefore(today: string, months: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function deriveCurrentLevel(ratings: readonly RatingForRule[], today: string): CurrentLevel {
  const of = (source: RatingSource) => ratings.filter((r) => r.source === source).sort(newestFirst);
  const pick = (rating: RatingForRule | undefined, reason: LevelReason): CurrentLevel =>
    rating ? { level: rating.level, reason, ratingId: rating.id, ratedOn: rating.ratedOn } : null;
  const managers = of('manager');
  const recentSince = monthsBefore(today, recentManagerMonths);
  const recentManager = managers.find((r) => r.ratedOn >= recentSince);
  if (recentManager) return pick(recentManager, 'manager_recent');
  const self = of('self')[0];
  if (self) return pick(self, 'self_latest');
  if (managers[0]) return pick(managers[0], 'manager_older');
  const evidence = of('evidence').sort((a, b) => b.level - a.level || newestFirst(a, b))[0];
  return pick(evidence, 'evidence_highest');
}

/** Current levels for many people at once: ratings grouped by person and skill. */
export function currentLevelsOf<T extends RatingForRule & { personId: string; skillId: string }>(
  ratings: readonly T[],
  today: string,
): Map<string, Map<string, NonNullable<CurrentLevel>>> {
  const grouped = new Map<string, Map<string, T[]>>();
  for (const rating of ratings) {
    let bySkill = grouped.get(rating.personId);
    if (!bySkill) {
      bySkill = new Map();
      grouped.set(rating.personId, bySkill);
    }
    const list = bySkill.get(rating.skillId);
    if (list) list.push(rating);
    else bySkill.set(rating.skillId, [rating]);
  }
  const result = new Map<string, Map<string, NonNullable<CurrentLevel>>>();
  for (const [personId, bySkill] of grouped) {
    const levels = new Map<string, NonNullable<CurrentLevel>>();
    for (const [skillId, list] of bySkill) {
      const current = deriveCurrentLevel(list, today);
      if (current) levels.set(skillId, current);
    }
    result.set(personId, levels);
  }
  return result;
}

/**
 * The same rule in SQL, for many people at once (team matrix, organisation gaps): one row per person and
 * skill. It reads skill_current_levels, which triggers keep per person and skill (the latest manager and
 * self rating, the highest evidence; migration 0090), and decides here whether the manager rating is
 * recent, because that depends on today. Keep it in step with deriveCurrentLevel;
 * skills.level-rule.sql.test.ts compares them.
 */
export function currentLevelsSql(organisationId: string, today: string, personIds?: readonly string[]) {
  const people =
    personIds === undefined
      ? sql``
      : personIds.length === 0
        ? sql`AND false`
        : sql`AND c.person_id IN (${sql.join(personIds.map((id) => sql`${id}::uuid`))})`;
  return sql<{ person_id: string; skill_id: string; level: number; reason: LevelReason }>`
    SELECT c.person_id, c.skill_id, ${levelOf(today)} AS level, ${reasonOf(today)} AS reason
    FROM skill_current_levels c
    WHERE c.organisation_id = ${organisationId} ${people}`;
}

/** The level by the rule, from a skill_current_levels row `c`. */
export function levelOf(today: string) {
  return sql<number>`CASE WHEN c.manager_rated_on >= ${monthsBefore(today, recentManagerMonths)}::date
    THEN c.manager_level ELSE coalesce(c.self_level, c.manager_level, c.evidence_level) END`;
}

function reasonOf(today: string) {
  return sql<LevelReason>`CASE WHEN c.manager_rated_on >= ${monthsBefore(today, recentManagerMonths)}::date
      THEN 'manager_recent'
    WHEN c.self_level IS NOT NULL THEN 'self_latest'
    WHEN c.manager_level IS NOT NULL THEN 'manager_older'
    ELSE 'evidence_highest' END`;
}
