import type { Ctx } from '../../core/context.ts';
import { anonymityThreshold } from '../surveys/index.ts';
import { type LearningUnit, learningFiguresOnce } from './insight.learning.ts';
import { type Scope, unitSubtree, unitsHeadcount } from './insight.repository.ts';
import { safeCount, safeGroups, shownGroups } from './insight.small-groups.ts';

// The first half of the organisation dashboard under the minimum group size (docs/INSIGHT.md, "Small
// groups"). A group's size is its headcount, or its active learners when more (people who left or moved
// still count in the period's learning): figures about fewer than the minimum are never returned.

type Sized = { people: number; active_learners: number };
export const groupSize = (row: Sized) => Math.max(row.people, row.active_learners);
const unitGroups = (rows: readonly LearningUnit[]) =>
  rows.map((row) => ({ key: row.unit_id ?? '-', count: groupSize(row) }));

export const isFiltered = (scope: Scope) => Boolean(scope.unitId || scope.jobTitle);
export const wholeOf = (scope: Scope): Scope => ({ from: scope.from, to: scope.to });

/**
 * Which figures of a scope may be shown: `people` — about the people in scope (totals, months, goal
 * coverage); `units` — about the units they sit in (item figures are kept per unit); `organisation` —
 * about everyone (course feedback is not filtered). Under a filter the unfiltered whole is read too,
 * so the whole minus the scope never describes 1 to N − 1 people.
 */
export async function scopeGroups(ctx: Ctx, scope: Scope) {
  const filtered = isFiltered(scope);
  const threshold = await anonymityThreshold(ctx.db);
  const [figures, wholeFigures, unitsPeople, isUnitAllowed] = await Promise.all([
    learningFiguresOnce(ctx, scope),
    filtered ? learningFiguresOnce(ctx, wholeOf(scope)) : null,
    filtered ? unitsHeadcount(ctx.db, scope) : null,
    unitFilterAllowed(ctx, scope, threshold),
  ]);
  const { totals } = figures;
  const whole = wholeFigures?.totals ?? null;
  const people = isUnitAllowed && safeCount(groupSize(totals), whole ? groupSize(whole) : null, threshold);
  const units = people && (unitsPeople === null || safeCount(unitsPeople, whole!.people, threshold));
  return {
    threshold,
    figures,
    totals,
    people,
    units,
    organisation: groupSize(whole ?? totals) >= threshold,
  };
}

/** The units of the by-unit breakdown that may be shown (with the unfiltered breakdown under a filter). */
export async function shownUnits(
  ctx: Ctx,
  scope: Scope,
  units: readonly LearningUnit[],
  threshold: number,
  isScopeShown: boolean,
) {
  if (!isScopeShown) return new Set<string>();
  const whole = isFiltered(scope) ? (await learningFiguresOnce(ctx, wholeOf(scope))).units : null;
  return safeGroups(unitGroups(units), whole ? unitGroups(whole) : null, threshold);
}

/**
 * A unit filter takes the unit with its sub-units, so two unit filters differ by whole units: a division
 * minus its teams is the division's own people (often its manager alone). The unfiltered by-unit
 * breakdown splits everyone into shown units (each at least N) and one hidden rest (at least N or
 * nobody). A unit's scope may be shown only when it holds none of that rest or all of it: then it is a
 * union of those parts, and so is every difference between scopes (docs/INSIGHT.md, "Small groups").
 */
export async function unitFilterAllowed(ctx: Ctx, scope: Scope, threshold: number) {
  if (!scope.unitId) return true;
  const [{ units }, subtree] = await Promise.all([
    learningFiguresOnce(ctx, wholeOf(scope)),
    unitSubtree(ctx.db, scope.unitId),
  ]);
  const groups = unitGroups(units);
  const shown = shownGroups(groups, threshold);
  const rest = groups.filter((group) => !shown.has(group.key));
  const inScope = rest.filter((group) => subtree.has(group.key)).reduce((sum, g) => sum + g.count, 0);
  const all = rest.reduce((sum, group) => sum + group.count, 0);
  return inScope === 0 || inScope === all;
}
