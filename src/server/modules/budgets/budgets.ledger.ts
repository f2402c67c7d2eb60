import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export type Ledger = {
  availableCents: number;
  pendingCents: number;
  committedCents: number;
  spentCents: number;
  remainingCents: number;
  hours: number;
  hoursUsed: number;
};

/** One SQL expression set per budget row; used for one person and for the HR list alike. */
export const ledgerColumns = {
  pending: sql<number>`coalesce((SELECT sum(r.cost_cents) FROM budget_requests r WHERE r.organisation_id = development_budgets.organisation_id AND r.budget_id = development_budgets.id AND r.state IN ('pending_manager', 'pending_hr')), 0)`,
  committed: sql<number>`coalesce((SELECT sum(r.cost_cents) FROM budget_requests r WHERE r.organisation_id = development_budgets.organisation_id AND r.budget_id = development_budgets.id AND r.state = 'approved'), 0)`,
  spent: sql<number>`coalesce((SELECT sum(r.spent_cents) FROM budget_requests r WHERE r.organisation_id = development_budgets.organisation_id AND r.budget_id = development_budgets.id AND r.state = 'completed'), 0)`,
  hoursUsed: sql<number>`coalesce((SELECT sum(r.hours) FROM budget_requests r WHERE r.organisation_id = development_budgets.organisation_id AND r.budget_id = development_budgets.id AND r.state IN ('approved', 'completed')), 0)`,
};

export function ledgerOf(row: {
  amount_cents: number;
  carried_over_cents: number;
  hours: number;
  pending: number | string;
  committed: number | string;
  spent: number | string;
  hours_used: number | string;
}): Ledger {
  const available = row.amount_cents + row.carried_over_cents;
  const committed = Number(row.committed);
  const spent = Number(row.spent);
  return {
    availableCents: available,
    pendingCents: Number(row.pending),
    committedCents: committed,
    spentCents: spent,
    remainingCents: available - committed - spent,
    hours: row.hours,
    hoursUsed: Number(row.hours_used),
  };
}

const personName = sql<string>`concat_ws(' ', p.given_name, p.family_name_prefix, p.family_name)`;

export function budgetsWithLedger(tenant: TenantDb) {
  return tenant
    .selectFrom('development_budgets')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'development_budgets.organisation_id')
        .onRef('p.id', '=', 'development_budgets.person_id'),
    )
    .selectAll('development_budgets')
    .select([
      personName.as('person_name'),
      'p.manager_id',
      'p.email',
      'p.employee_number',
      ledgerColumns.pending.as('pending'),
      ledgerColumns.committed.as('committed'),
      ledgerColumns.spent.as('spent'),
      ledgerColumns.hoursUsed.as('hours_used'),
    ]);
}
export type BudgetRow = Awaited<ReturnType<ReturnType<typeof budgetsWithLedger>['executeTakeFirstOrThrow']>>;

export function presentBudget(row: BudgetRow) {
  return {
    id: row.id,
    person: { id: row.person_id, displayName: row.person_name },
    year: row.year,
    amountCents: row.amount_cents,
    carriedOverCents: row.carried_over_cents,
    source: row.source,
    ledger: ledgerOf(row),
  };
}

/** The ledger of one budget, inside a transaction that holds the budget row's lock. */
export async function lockedLedger(tenant: TenantDb, budgetId: string): Promise<Ledger> {
  await tenant
    .selectFrom('development_budgets')
    .select('id')
    .where('id', '=', budgetId)
    .forUpdate()
    .execute();
  const row = await budgetsWithLedger(tenant)
    .where('development_budgets.id', '=', budgetId)
    .executeTakeFirstOrThrow();
  return ledgerOf(row);
}

export const budgetOfYear = (tenant: TenantDb, personId: string, year: number) =>
  budgetsWithLedger(tenant)
    .where('development_budgets.person_id', '=', personId)
    .where('development_budgets.year', '=', year)
    .executeTakeFirst();

/** A year's budgets by name: one manager's reports, or everyone's. */
export function budgetsOfYear(tenant: TenantDb, options: { year: number; managerId?: string }) {
  let query = budgetsWithLedger(tenant)
    .where('development_budgets.year', '=', options.year)
    .orderBy('p.family_name')
    .orderBy('p.given_name');
  if (options.managerId) query = query.where('p.manager_id', '=', options.managerId);
  return query.limit(10_000).execute();
}
