import type { Ctx } from '../../core/context.ts';
import { type BudgetUseRow, budgetPurchases, budgetUseByUnit } from '../budgets/index.ts';
import { cycleCompletion } from '../conversations/index.ts';
import { roleGapsOverTime } from '../skills/index.ts';
import { anonymityThreshold } from '../surveys/index.ts';
import { unitFilterAllowed } from './insight.groups.ts';
import { assertOrganisationInsight } from './insight.policy.ts';
import { type ScopeQuery, scopeOf } from './insight.read.ts';
import { peopleIds } from './insight.repository.ts';
import { safeCount, safeGroups } from './insight.small-groups.ts';

// The organisation dashboard's second half (docs/INSIGHT.md): budget use by unit and what it bought,
// conversation-cycle completion, and skills gaps against role profiles then and now — each read through
// its owner's index and shown only for groups of at least the minimum group size.

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : null);
const unitKey = (row: { unitId: string | null }) => row.unitId ?? '-';

function sumBudgets(rows: readonly BudgetUseRow[]) {
  const sum = { people: 0, availableCents: 0, committedCents: 0, spentCents: 0, hoursUsed: 0, requests: 0 };
  for (const row of rows) {
    sum.people += row.people;
    sum.availableCents += row.availableCents;
    sum.committedCents += row.committedCents;
    sum.spentCents += row.spentCents;
    sum.hoursUsed += row.hoursUsed;
    sum.requests += row.requests;
  }
  return { ...sum, usedShare: percent(sum.committedCents + sum.spentCents, sum.availableCents) };
}

export async function organisationDevelopment(ctx: Ctx, query: ScopeQuery) {
  assertOrganisationInsight(ctx.auth);
  const scope = await scopeOf(ctx, query);
  const filtered = Boolean(scope.unitId || scope.jobTitle);
  const personIds = filtered ? [...(await peopleIds(ctx.db, scope))] : null;
  const year = Number(scope.to.slice(0, 4));
  const period = { from: scope.from, to: scope.to };
  const threshold = await anonymityThreshold(ctx.db);
  // A unit filter that would split the hidden rest of the units shows nothing (see insight.groups.ts).
  const allowed = await unitFilterAllowed(ctx, scope, threshold);
  const [units, purchases, cycles, gaps] = await Promise.all([
    budgetUseByUnit(ctx.db, { year, personIds }),
    budgetPurchases(ctx.db, { year, personIds }),
    cycleCompletion(ctx.db, { ...period, personIds }),
    roleGapsOverTime(ctx.db, { ...period, personIds }),
  ]);
  // Without a filter the scoped figures are the whole; with one, the whole is read too for rule 3.
  const [wholeUnits, wholePurchases, wholeCycles, wholeGaps] = filtered
    ? await Promise.all([
        budgetUseByUnit(ctx.db, { year, personIds: null }),
        budgetPurchases(ctx.db, { year, personIds: null }),
        cycleCompletion(ctx.db, { ...period, personIds: null }),
        roleGapsOverTime(ctx.db, { ...period, personIds: null }),
      ])
    : [null, null, null, null];

  const shownUnits = allowed
    ? safeGroups(
        units.map((row) => ({ key: unitKey(row), count: row.people })),
        wholeUnits?.map((row) => ({ key: unitKey(row), count: row.people })) ?? null,
        threshold,
      )
    : new Set<string>();
  const totals = sumBudgets(units);
  const totalsShown =
    allowed && safeCount(totals.people, wholeUnits ? sumBudgets(wholeUnits).people : null, threshold);
  const shownPurchases = totalsShown
    ? safeGroups(
        purchases.map((row) => ({ key: row.provider, count: row.people })),
        wholePurchases?.map((row) => ({ key: row.provider, count: row.people })) ?? null,
        threshold,
      )
    : new Set<string>();
  const visiblePurchases = purchases.filter((row) => shownPurchases.has(row.provider));

  const wholeCycleOf = new Map(wholeCycles?.map((row) => [row.id, row.conversations]));
  const wholeGapOf = new Map(wholeGaps?.map((row) => [row.skill.id, row.demand]));
  const shownGaps = gaps.filter(
    (row) =>
      allowed &&
      safeCount(row.demand, wholeGaps ? (wholeGapOf.get(row.skill.id) ?? row.demand) : null, threshold),
  );
  return {
    period,
    threshold,
    budgets: {
      year,
      totals: totalsShown ? totals : null,
      units: units
        .filter((row) => shownUnits.has(unitKey(row)))
        .map((row) => ({
          ...row,
          usedShare: percent(row.committedCents + row.spentCents, row.availableCents),
        })),
      hiddenUnits: units.length - shownUnits.size,
      purchases: visiblePurchases,
      otherPurchasesCents: totalsShown
        ? purchases.reduce((sum, row) => sum + row.cents, 0) -
          visiblePurchases.reduce((sum, row) => sum + row.cents, 0)
        : null,
    },
    cycles: cycles.map((row) => {
      const shown =
        allowed &&
        safeCount(row.conversations, wholeCycles ? (wholeCycleOf.get(row.id) ?? 0) : null, threshold);
      const { conversations, prepared, held, signed, ...cycle } = row;
      return {
        ...cycle,
        counts: shown
          ? { conversations, prepared, held, signed, completionRate: percent(signed, conversations) }
          : null,
      };
    }),
    skills: shownGaps.slice(0, 30).map((row) => ({
      ...row,
      closed: row.atStart.totalGap - row.atEnd.totalGap,
    })),
    hiddenSkills: gaps.length - shownGaps.length,
  };
}
