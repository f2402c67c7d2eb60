import { type RawBuilder, sql } from 'kysely';

// Reads of a period from the month rollups (migration 0332, docs/INSIGHT.md): a month row whose days (its
// bitmask) all fall inside the period is taken whole; a row with days on both sides of a period's edge is
// replaced by its day rows inside the period. So the figures are exactly those of the day tables, at
// ~12 rows per person a year instead of one per learning day.

/** Bits of the days of `month` (a month's first day, SQL) that fall in [from, to], as a bigint. */
const daysInside = (month: RawBuilder<unknown>, from: string, to: string) => sql`
  (((1::bigint << extract(day FROM least(${to}::date, (${month} + interval '1 month' - interval '1 day')::date))::int) - 1)
   - ((1::bigint << (extract(day FROM greatest(${from}::date, ${month}))::int - 1)) - 1))`;

/** The first day of every month the period touches. */
const monthsOf = (from: string, to: string) =>
  sql`month BETWEEN date_trunc('month', ${from}::date)::date AND ${to}::date`;

/**
 * Learning in [from, to] per person, month and unit (the unit the day rows carry): one row per month row
 * inside the period, one per day row where a month row straddles an edge. `people` narrows the persons
 * (SQL selecting ids); rows of persons with no learning day in the period are left out.
 */
export const learningFacts = (
  organisationId: string,
  from: string,
  to: string,
  people: RawBuilder<unknown> | null,
) => sql<{
  person_id: string;
  month: string;
  org_unit_id: string | null;
  minutes: number;
  completed: number;
}>`
  WITH rollup AS (
    SELECT person_id, month, org_unit_id, days::bigint AS days, minutes, completed,
           ${daysInside(sql`month`, from, to)} AS inside
      FROM insight_learning_months
     WHERE organisation_id = ${organisationId} AND ${monthsOf(from, to)}
       ${people ? sql`AND person_id IN (${people})` : sql``})
  SELECT person_id, month, org_unit_id, minutes, completed FROM rollup WHERE days & ~inside = 0
  UNION ALL
  SELECT d.person_id, r.month, d.org_unit_id, d.minutes, d.completed
    FROM rollup r
    JOIN insight_learning_days d ON d.organisation_id = ${organisationId} AND d.person_id = r.person_id
     AND d.day BETWEEN greatest(${from}::date, r.month)
                   AND least(${to}::date, (r.month + interval '1 month' - interval '1 day')::date)
     AND d.org_unit_id IS NOT DISTINCT FROM r.org_unit_id
   WHERE r.days & ~r.inside <> 0 AND r.days & r.inside <> 0`;

/**
 * Item figures in [from, to] per month, unit and subject, the same way (`where` narrows the rollup rows:
 * units of a scope, subjects of goals).
 */
export const itemFacts = (
  organisationId: string,
  from: string,
  to: string,
  where: RawBuilder<unknown>,
) => sql<{
  org_unit_id: string | null;
  subject_kind: 'content' | 'course' | 'path';
  subject_id: string;
  started: number;
  finished_of_started: number;
  completed: number;
}>`
  WITH rollup AS (
    SELECT month, org_unit_id, subject_kind, subject_id, days::bigint AS days,
           started, finished_of_started, completed, ${daysInside(sql`month`, from, to)} AS inside
      FROM insight_item_months
     WHERE organisation_id = ${organisationId} AND ${monthsOf(from, to)} ${where})
  SELECT org_unit_id, subject_kind, subject_id, started, finished_of_started, completed
    FROM rollup WHERE days & ~inside = 0
  UNION ALL
  SELECT d.org_unit_id, d.subject_kind, d.subject_id, d.started, d.finished_of_started, d.completed
    FROM rollup r
    JOIN insight_item_days d ON d.organisation_id = ${organisationId}
     AND d.subject_kind = r.subject_kind AND d.subject_id = r.subject_id
     AND d.day BETWEEN greatest(${from}::date, r.month)
                   AND least(${to}::date, (r.month + interval '1 month' - interval '1 day')::date)
     AND d.org_unit_id IS NOT DISTINCT FROM r.org_unit_id
   WHERE r.days & ~r.inside <> 0 AND r.days & r.inside <> 0`;
