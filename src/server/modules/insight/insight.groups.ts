import type { TenantDb } from '../../db/tenant.ts';
import { anonymityThreshold } from '../surveys/index.ts';
import { learningByUnit, learningTotals, type Scope, unitsHeadcount } from './insight.repository.ts';
import { safeCount, safeGroups } from './insight.small-groups.ts';

// The first half of the organisation dashboard under the minimum group size (docs/INSIGHT.md, "Small
// groups"). A group's size is its headcount, or its active learners when more (people who left or moved
// still count in the period's learning): figures about fewer than the minimum are never returned.

type Sized = { people: number; active_learners: number };
export const groupSize = (row: Sized) => Math.max(row.people, row.active_learners);

export const isFiltered = (scope: Scope) => Boolean(scope.unitId || scope.jobTitle);
export const wholeOf = (scope: Scope): Scope => ({ from: scope.from, to: scope.to });

/**
 * Which figures of a scope may be shown: `people` — about the people in scope (totals, months, goal
 * coverage); `units` — about the units they sit in (item figures are kept per unit); `organisation` —
 * about everyone (course feedback is not filtered). Under a filter the unfiltered whole is read too,
 * so the whole minus the scope never describes 1 to N − 1 people.
 */
export async function scopeGroups(tenant: TenantDb, scope: Scope) {
  const filtered = isFiltered(scope);
  const [threshold, totals, whole, unitsPeople] = await Promise.all([
    anonymityThreshold(tenant),
    learningTotals(tenant, scope),
    filtered ? learningTotals(tenant, wholeOf(scope)) : null,
    filtered ? unitsHeadcount(tenant, scope) : null,
  ]);
  const people = safeCount(groupSize(totals), whole ? groupSize(whole) : null, threshold);
  const units = people && (unitsPeople === null || safeCount(unitsPeople, whole!.people, threshold));
  return {
    threshold,
    totals,
    people,
    units,
    organisation: groupSize(whole ?? totals) >= threshold,
  };
}

type UnitRow = Awaited<ReturnType<typeof learningByUnit>>[number];
const unitGroups = (rows: readonly UnitRow[]) =>
  rows.map((row) => ({ key: row.unit_id ?? '-', count: groupSize(row) }));

/** The units of the by-unit breakdown that may be shown (with the unfiltered breakdown under a filter). */
export async function shownUnits(
  tenant: TenantDb,
  scope: Scope,
  units: readonly UnitRow[],
  threshold: number,
  isScopeShown: boolean,
) {
  if (!isScopeShown) return new Set<string>();
  const whole = isFiltered(scope) ? await learningByUnit(tenant, wholeOf(scope)) : null;
  return safeGroups(unitGroups(units), whole ? unitGroups(whole) : null, threshold);
}
