import { type RawBuilder, sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// Reads of a period from the month rollups (migration 0332, docs/INSIGHT.md): a month row whose days (its
// bitmask) all fall inside the period is taken whole; a row with days on both sides of a period's edge is
// replaced by its day rows inside the period. So the figures are exactly those of the day tables, at
// ~12 rows per person a year instead of one per learning day.

// Stands in for "no unit" where units are matched (a hash join needs an equality).
export const noUnit = sql`'00000000-0000-0000-0000-000000000000'::uuid`;

const monthEnd = (day: string) => {
  const date = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0));
  return date.toISOString().slice(0, 10);
};
const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * The days of [from, to] in its first and its last month: only there can a month row have days on both
 * sides of the period (every month between lies inside it whole).
 */
const edgeDays = (column: RawBuilder<unknown>, from: string, to: string) => {
  const firstEnd = monthEnd(from) < to ? monthEnd(from) : to;
  const lastStart = monthStart(to) > from ? monthStart(to) : from;
  return sql`(${column} BETWEEN ${from}::date AND ${firstEnd}::date OR ${column} BETWEEN ${lastStart}::date AND ${to}::date)`;
};

/**
 * The months the period touches, each with the bits of its days inside the period and its number from
 * the first (0, 1, …): computed here once, not per row, and joined to the rollup rows by month.
 */
function periodMonths(from: string, to: string) {
  const months: string[] = [];
  const masks: string[] = [];
  const numbers: number[] = [];
  for (let month = monthStart(from), i = 0; month <= to; i++) {
    const first = month < from ? Number(from.slice(8, 10)) : 1;
    const last = monthEnd(month) > to ? Number(to.slice(8, 10)) : Number(monthEnd(month).slice(8, 10));
    months.push(month);
    masks.push(String((1n << BigInt(last)) - (1n << BigInt(first - 1))));
    numbers.push(i);
    const next = new Date(`${monthEnd(month)}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    month = next.toISOString().slice(0, 10);
  }
  return sql`unnest(${months}::date[], ${masks}::bigint[], ${numbers}::int[]) AS b(month, inside, i)`;
}

/** The first and the last month of the period: the only ones whose rows can be cut. */
const edgeMonths = (from: string, to: string) =>
  sql`r.month IN (${monthStart(from)}::date, ${monthStart(to)}::date)`;

/** The first day of every month the period touches (the rollups' index range). */
const monthsOf = (from: string, to: string) =>
  sql`r.month BETWEEN date_trunc('month', ${from}::date)::date AND ${to}::date`;

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
  i: number;
  org_unit_id: string | null;
  minutes: number;
  completed: number;
}>`
  WITH cut AS MATERIALIZED (
    SELECT r.person_id, r.month, b.i, coalesce(r.org_unit_id, ${noUnit}) AS unit
      FROM insight_learning_months r JOIN ${periodMonths(from, to)} ON b.month = r.month
     WHERE r.organisation_id = ${organisationId} AND ${edgeMonths(from, to)} ${people ? sql`AND r.person_id IN (${people})` : sql``}
       AND r.days::bigint & ~b.inside <> 0 AND r.days::bigint & b.inside <> 0)
  SELECT r.person_id, r.month, b.i, r.org_unit_id, r.minutes, r.completed
    FROM insight_learning_months r JOIN ${periodMonths(from, to)} ON b.month = r.month
   WHERE r.organisation_id = ${organisationId} AND ${monthsOf(from, to)} ${people ? sql`AND r.person_id IN (${people})` : sql``}
     AND r.days::bigint & ~b.inside = 0
  UNION ALL
  -- The edges' day rows of the cut month rows only (none cut: no day row is read).
  SELECT d.person_id, c.month, c.i, d.org_unit_id, d.minutes, d.completed
    FROM insight_learning_days d
    JOIN cut c ON c.person_id = d.person_id AND c.month = date_trunc('month', d.day)::date
     AND c.unit = coalesce(d.org_unit_id, ${noUnit})
   WHERE d.organisation_id = ${organisationId} AND ${edgeDays(sql`d.day`, from, to)}
     AND EXISTS (SELECT 1 FROM cut)`;

/**
 * Item figures in [from, to] per unit and subject, the same way (`where` narrows the rollup rows: units of
 * a scope, subjects of goals).
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
  WITH cut AS MATERIALIZED (
    SELECT r.month, coalesce(r.org_unit_id, ${noUnit}) AS unit, r.subject_kind, r.subject_id
      FROM insight_item_months r JOIN ${periodMonths(from, to)} ON b.month = r.month
     WHERE r.organisation_id = ${organisationId} AND ${edgeMonths(from, to)} ${where}
       AND r.days::bigint & ~b.inside <> 0 AND r.days::bigint & b.inside <> 0)
  SELECT r.org_unit_id, r.subject_kind, r.subject_id, r.started, r.finished_of_started, r.completed
    FROM insight_item_months r JOIN ${periodMonths(from, to)} ON b.month = r.month
   WHERE r.organisation_id = ${organisationId} AND ${monthsOf(from, to)} ${where} AND r.days::bigint & ~b.inside = 0
  UNION ALL
  SELECT d.org_unit_id, d.subject_kind, d.subject_id, d.started, d.finished_of_started, d.completed
    FROM insight_item_days d
    JOIN cut c ON c.subject_kind = d.subject_kind AND c.subject_id = d.subject_id
     AND c.month = date_trunc('month', d.day)::date AND c.unit = coalesce(d.org_unit_id, ${noUnit})
   WHERE d.organisation_id = ${organisationId} AND ${edgeDays(sql`d.day`, from, to)}
     AND EXISTS (SELECT 1 FROM cut)`;

/**
 * Runs a read of the rollups without JIT compilation (PostgreSQL's estimates of these grouped reads pass
 * its JIT threshold, and compiling costs more, ~300 ms, than the read itself) and with the memory to
 * group a year's rows without spilling to disk; and without parallel workers (a dashboard is read by
 * many at once, and workers only add hand-over cost there).
 */
export const analyticRows = <T>(tenant: TenantDb, query: RawBuilder<T>) =>
  tenant.transaction(async (tx) => {
    await sql`SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true),
      set_config('max_parallel_workers_per_gather', '0', true)`.execute(tx.executor);
    return (await query.execute(tx.executor)).rows;
  });
