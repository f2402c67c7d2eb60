import { sql } from 'kysely';
import type { OrgContext } from '../../core/context.ts';
import { readCache } from '../../core/read-cache.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { peopleInScope, refreshedAt, type Scope } from './insight.repository.ts';
import { analyticRows, learningFacts, noUnit } from './insight.rollups.ts';

// The learning half of the organisation dashboard — totals, months and units of a scope — in one read of
// the month rollups (a grouping set per figure), so the distinct learners of a year cost ~12 rows a person.

type Figures = { people: number; active_learners: number; minutes: number; completions: number };
export type LearningTotals = Figures;
export type LearningMonth = { month: string } & Omit<Figures, 'people'>;
export type LearningUnit = { unit_id: string | null; unit_name: string | null } & Figures;
export type LearningFigures = { totals: LearningTotals; months: LearningMonth[]; units: LearningUnit[] };

type Row = Figures & {
  kind: 'total' | 'month' | 'unit';
  month: string | null;
  unit_id: string | null;
  unit_name: string | null;
};

/**
 * Distinct active learners, minutes and completions of the people in scope over the period — in total,
 * per month and per unit (the unit the summary rows carry) — with the headcount (not left) now.
 */
export async function learningFigures(tenant: TenantDb, scope: Scope): Promise<LearningFigures> {
  const org = tenant.organisationId;
  // Months are numbered from the period's first (`i`): a person's months are one bigint of bits.
  const first = sql`date_trunc('month', ${scope.from}::date)::date`;
  const rows = await analyticRows(
    tenant,
    sql<Row>`
    WITH scoped AS (${peopleInScope(org, scope)}),
    -- One pass over the facts, two hashed groupings: per person and unit (distinct learners without
    -- sorting: then per person, with the months as bits) and per month and unit (the sums).
    grouped AS MATERIALIZED (
      SELECT GROUPING(person_id) AS by_month, person_id, org_unit_id, month, i,
             bit_or(1::bigint << i) AS months, sum(minutes) AS minutes, sum(completed) AS completions
        FROM (${learningFacts(org, scope.from, scope.to, sql`SELECT id FROM scoped`)}) facts
       GROUP BY GROUPING SETS ((person_id, org_unit_id), (month, i, org_unit_id))),
    person_units AS (SELECT person_id, org_unit_id, months FROM grouped WHERE by_month = 0),
    persons AS MATERIALIZED (SELECT person_id, bit_or(months) AS months FROM person_units GROUP BY person_id),
    sums AS (SELECT month, i, org_unit_id, minutes, completions FROM grouped WHERE by_month = 1),
    months AS (
      SELECT m.i, (${first} + m.i * interval '1 month')::date AS month,
             (SELECT count(*) FROM persons WHERE months & (1::bigint << m.i) <> 0)::int AS active_learners
        FROM generate_series(0, (SELECT max(i) FROM sums)) m(i)),
    done AS (
      SELECT 3 AS level, NULL::date AS month, NULL::uuid AS org_unit_id,
             (SELECT count(*) FROM persons)::int AS active_learners,
             coalesce((SELECT sum(minutes) FROM sums), 0)::int AS minutes,
             coalesce((SELECT sum(completions) FROM sums), 0)::int AS completions
      UNION ALL
      SELECT 1, m.month, NULL, m.active_learners, s.minutes::int, s.completions::int
        FROM months m
        JOIN (SELECT month, sum(minutes) AS minutes, sum(completions) AS completions FROM sums GROUP BY month) s
          ON s.month = m.month
      UNION ALL
      SELECT 2, NULL, l.org_unit_id, l.active_learners, s.minutes::int, s.completions::int
        FROM (SELECT org_unit_id, count(*)::int AS active_learners FROM person_units GROUP BY org_unit_id) l
        JOIN (SELECT org_unit_id, sum(minutes) AS minutes, sum(completions) AS completions FROM sums
               GROUP BY org_unit_id) s
          ON coalesce(s.org_unit_id, ${noUnit}) = coalesce(l.org_unit_id, ${noUnit})),
    head AS (
      SELECT p.org_unit_id, count(*)::int AS people FROM people p
       WHERE p.organisation_id = ${org} AND p.status <> 'left' AND p.id IN (SELECT id FROM scoped)
       GROUP BY p.org_unit_id),
    units AS (
      SELECT coalesce(head.org_unit_id, done.org_unit_id) AS unit_id, u.name AS unit_name,
             coalesce(head.people, 0) AS people, coalesce(done.active_learners, 0) AS active_learners,
             coalesce(done.minutes, 0) AS minutes, coalesce(done.completions, 0) AS completions
        FROM head FULL JOIN (SELECT * FROM done WHERE level = 2) done
          ON coalesce(done.org_unit_id, ${noUnit}) = coalesce(head.org_unit_id, ${noUnit})
        LEFT JOIN org_units u ON u.organisation_id = ${org} AND u.id = coalesce(head.org_unit_id, done.org_unit_id))
    SELECT 'total' AS kind, NULL AS month, NULL::uuid AS unit_id, NULL AS unit_name, 1 AS part,
           (SELECT coalesce(sum(people), 0)::int FROM head) AS people, active_learners, minutes, completions
      FROM done WHERE level = 3
    UNION ALL
    SELECT 'month', to_char(month, 'YYYY-MM'), NULL, NULL, 2, 0, active_learners, minutes, completions
      FROM done WHERE level = 1
    UNION ALL
    SELECT 'unit', NULL, unit_id, unit_name, 3, people, active_learners, minutes, completions FROM units
    ORDER BY part, month, unit_name NULLS LAST`,
  );
  const total = rows.find((row) => row.kind === 'total')!;
  return {
    totals: {
      people: total.people,
      active_learners: total.active_learners,
      minutes: total.minutes,
      completions: total.completions,
    },
    months: rows
      .filter((row) => row.kind === 'month')
      .map((row) => ({
        month: row.month!,
        active_learners: row.active_learners,
        minutes: row.minutes,
        completions: row.completions,
      })),
    units: rows
      .filter((row) => row.kind === 'unit')
      .map((row) => ({
        unit_id: row.unit_id,
        unit_name: row.unit_name,
        people: row.people,
        active_learners: row.active_learners,
        minutes: row.minutes,
        completions: row.completions,
      })),
  };
}

// The figures change only when the refresh job runs (docs/INSIGHT.md): one read per refresh and scope,
// shared by the dashboard, goal coverage, the PDF report and their small-group checks (a year of month
// rows for 10,000 people is ~1 s of the database). Forgotten with the other shared insight answers.
const shared = readCache<LearningFigures>({ ttlMs: 15 * 60_000, maxEntries: 1_000 });
export const forgetLearningFigures = (organisationId: string) => shared.forget(organisationId);

/** `learningFigures` of the last refresh, read once per refresh and scope. */
export async function learningFiguresOnce(ctx: OrgContext, scope: Scope) {
  const refreshed = (await refreshedAt(ctx))?.toISOString() ?? 'never';
  const key = JSON.stringify([refreshed, scope.from, scope.to, scope.unitId ?? null, scope.jobTitle ?? null]);
  return shared.get(ctx.organisationId, key, () => learningFigures(ctx.db, scope));
}
