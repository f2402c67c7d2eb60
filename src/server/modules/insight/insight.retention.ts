import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import { peopleInScope, type Scope } from './insight.repository.ts';
import { analyticRows, learningFacts } from './insight.rollups.ts';
import { safeCount, safeGroups } from './insight.small-groups.ts';

// Retention (docs/INSIGHT.md): of the people employed when the 12-month window opened, how many were
// still employed when it closed — split by whether they learned in the window, per unit and tenure band.

export const tenureBands = ['0-1', '1-3', '3-10', '10+', 'unknown'] as const;
export type TenureBand = (typeof tenureBands)[number];

export type RetentionRow = {
  unit_id: string | null;
  unit_name: string | null;
  band: TenureBand;
  learned: boolean;
  people: number;
  retained: number;
};

/** Counts per unit × tenure band × learned; `windowStart`/`windowEnd` are calendar days. */
export async function retentionCounts(
  tenant: TenantDb,
  scope: Pick<Scope, 'unitId' | 'jobTitle'>,
  windowStart: string,
  windowEnd: string,
) {
  const org = tenant.organisationId;
  return analyticRows(
    tenant,
    sql<RetentionRow>`
    WITH scoped AS (${peopleInScope(org, scope)}),
    left_on AS (
      SELECT person_id, max(changed_on) AS left_on FROM insight_status_changes
       WHERE organisation_id = ${org} AND status = 'left' GROUP BY person_id),
    cohort AS (
      SELECT p.id, p.org_unit_id, p.start_date,
             CASE WHEN p.status = 'left' THEN coalesce(l.left_on, p.end_date, p.updated_at::date) END AS left_on
        FROM people p LEFT JOIN left_on l ON l.person_id = p.id
       WHERE p.organisation_id = ${org} AND p.id IN (SELECT id FROM scoped)
         AND coalesce(p.start_date, p.created_at::date) <= ${windowStart}::date),
    learners AS (
      SELECT person_id FROM (${learningFacts(org, windowStart, windowEnd, sql`SELECT id FROM scoped`)}) facts
       GROUP BY person_id HAVING sum(completed) > 0 OR sum(minutes) >= 60)
    SELECT c.org_unit_id AS unit_id, u.name AS unit_name,
           CASE WHEN c.start_date IS NULL THEN 'unknown'
                WHEN c.start_date > ${windowStart}::date - interval '1 year' THEN '0-1'
                WHEN c.start_date > ${windowStart}::date - interval '3 years' THEN '1-3'
                WHEN c.start_date > ${windowStart}::date - interval '10 years' THEN '3-10'
                ELSE '10+' END AS band,
           (lr.person_id IS NOT NULL) AS learned,
           count(*)::int AS people,
           count(*) FILTER (WHERE c.left_on IS NULL OR c.left_on > ${windowEnd}::date)::int AS retained
      FROM cohort c
      LEFT JOIN learners lr ON lr.person_id = c.id
      LEFT JOIN org_units u ON u.organisation_id = ${org} AND u.id = c.org_unit_id
     WHERE c.left_on IS NULL OR c.left_on >= ${windowStart}::date
     GROUP BY 1, 2, 3, 4`,
  );
}

type Group = { people: number; retained: number; percent: number | null };
const emptyGroup = (): Group => ({ people: 0, retained: 0, percent: null });
const add = (group: Group, row: RetentionRow) => {
  group.people += row.people;
  group.retained += row.retained;
  group.percent = group.people ? Math.round((group.retained / group.people) * 1000) / 10 : null;
};

/** Learners vs non-learners, overall, per unit and per tenure band; every percentage with its counts. */
export function presentRetention(rows: RetentionRow[]) {
  const split = () => ({ learned: emptyGroup(), notLearned: emptyGroup() });
  const overall = split();
  const units = new Map<
    string,
    { unitId: string | null; unitName: string | null } & ReturnType<typeof split>
  >();
  const bands = new Map<TenureBand, ReturnType<typeof split>>(tenureBands.map((band) => [band, split()]));
  for (const row of rows) {
    const side = row.learned ? 'learned' : 'notLearned';
    add(overall[side], row);
    const key = row.unit_id ?? 'none';
    if (!units.has(key)) units.set(key, { unitId: row.unit_id, unitName: row.unit_name, ...split() });
    add(units.get(key)![side], row);
    add(bands.get(row.band)![side], row);
  }
  return {
    overall,
    byUnit: [...units.values()].sort((a, b) => (a.unitName ?? '~').localeCompare(b.unitName ?? '~')),
    byTenure: [...bands.entries()].map(([band, groups]) => ({ band, ...groups })),
  };
}

type Presented = ReturnType<typeof presentRetention>;
type Split = { learned: Group; notLearned: Group };
const sides = ['learned', 'notLearned'] as const;

/**
 * The minimum group size on retention: each side (learned, not learned) of the whole, of every unit and
 * of every tenure band is a group of people; a side is null when too small, or when it, taken from the
 * totals or the unfiltered figures, would describe a smaller group (docs/INSIGHT.md, "Small groups").
 */
export function suppressRetention(view: Presented, whole: Presented | null, threshold: number) {
  const keep = <T extends Split>(
    rows: readonly T[],
    wholeRows: readonly T[] | null,
    keyOf: (row: T) => string,
  ) => {
    const shown = Object.fromEntries(
      sides.map((side) => [
        side,
        safeGroups(
          rows.map((row) => ({ key: keyOf(row), count: row[side].people })),
          wholeRows?.map((row) => ({ key: keyOf(row), count: row[side].people })) ?? null,
          threshold,
        ),
      ]),
    ) as Record<keyof Split, Set<string>>;
    return rows.map((row) => {
      const learned: Group | null = shown.learned.has(keyOf(row)) ? row.learned : null;
      const notLearned: Group | null = shown.notLearned.has(keyOf(row)) ? row.notLearned : null;
      return { ...row, learned, notLearned };
    });
  };
  const overall = Object.fromEntries(
    sides.map((side) => [
      side,
      safeCount(view.overall[side].people, whole ? whole.overall[side].people : null, threshold)
        ? view.overall[side]
        : null,
    ]),
  ) as { [side in keyof Split]: Group | null };
  return {
    overall,
    byUnit: keep(view.byUnit, whole?.byUnit ?? null, (row) => row.unitId ?? '-'),
    byTenure: keep(view.byTenure, whole?.byTenure ?? null, (row) => row.band),
  };
}
