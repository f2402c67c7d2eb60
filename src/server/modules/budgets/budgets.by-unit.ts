import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export type BudgetUseRow = {
  unitId: string | null;
  unitName: string | null;
  people: number;
  availableCents: number;
  committedCents: number;
  spentCents: number;
  hoursUsed: number;
  requests: number;
};
export type BudgetPurchaseRow = { provider: string; people: number; requests: number; cents: number };

const personFilter = (personIds: readonly string[] | null) =>
  personIds === null
    ? sql``
    : personIds.length
      ? sql`AND p.id IN (${sql.join(personIds.map((id) => sql`${id}::uuid`))})`
      : sql`AND false`;

/**
 * Insight's organisation dashboard: one year's development budgets by the holder's current unit —
 * available (amount + carried over), committed (approved), spent (completed, what was really paid),
 * hours used and the approved or completed requests. `personIds` narrows to people in scope.
 */
export async function budgetUseByUnit(
  tenant: TenantDb,
  options: { year: number; personIds: readonly string[] | null },
): Promise<BudgetUseRow[]> {
  const { rows } = await sql<{
    unit_id: string | null;
    unit_name: string | null;
    people: number;
    available: number;
    committed: number;
    spent: number;
    hours_used: number;
    requests: number;
  }>`
    WITH used AS (
      SELECT r.budget_id,
             sum(r.cost_cents) FILTER (WHERE r.state = 'approved') AS committed,
             sum(r.spent_cents) FILTER (WHERE r.state = 'completed') AS spent,
             sum(r.hours) AS hours_used, count(*) AS requests
        FROM budget_requests r
       WHERE r.organisation_id = ${tenant.organisationId} AND r.state IN ('approved', 'completed')
       GROUP BY r.budget_id)
    SELECT p.org_unit_id AS unit_id, u.name AS unit_name, count(DISTINCT b.person_id)::int AS people,
           coalesce(sum(b.amount_cents + b.carried_over_cents), 0)::int AS available,
           coalesce(sum(used.committed), 0)::int AS committed, coalesce(sum(used.spent), 0)::int AS spent,
           coalesce(sum(used.hours_used), 0)::int AS hours_used, coalesce(sum(used.requests), 0)::int AS requests
      FROM development_budgets b
      JOIN people p ON p.organisation_id = b.organisation_id AND p.id = b.person_id
      LEFT JOIN org_units u ON u.organisation_id = p.organisation_id AND u.id = p.org_unit_id
      LEFT JOIN used ON used.budget_id = b.id
     WHERE b.organisation_id = ${tenant.organisationId} AND b.year = ${options.year}
       ${personFilter(options.personIds)}
     GROUP BY p.org_unit_id, u.name
     ORDER BY u.name NULLS LAST`.execute(tenant.executor);
  return rows.map((row) => ({
    unitId: row.unit_id,
    unitName: row.unit_name,
    people: row.people,
    availableCents: row.available,
    committedCents: row.committed,
    spentCents: row.spent,
    hoursUsed: row.hours_used,
    requests: row.requests,
  }));
}

/** What the year's budgets bought, by provider: approved or completed requests, people, money. */
export async function budgetPurchases(
  tenant: TenantDb,
  options: { year: number; personIds: readonly string[] | null },
): Promise<BudgetPurchaseRow[]> {
  const { rows } = await sql<{ provider: string; people: number; requests: number; cents: number }>`
    SELECT trim(r.provider) AS provider, count(DISTINCT r.person_id)::int AS people, count(*)::int AS requests,
           sum(CASE WHEN r.state = 'completed' THEN coalesce(r.spent_cents, 0) ELSE r.cost_cents END)::int AS cents
      FROM budget_requests r
      JOIN development_budgets b ON b.organisation_id = r.organisation_id AND b.id = r.budget_id
      JOIN people p ON p.organisation_id = r.organisation_id AND p.id = r.person_id
     WHERE r.organisation_id = ${tenant.organisationId} AND b.year = ${options.year}
       AND r.state IN ('approved', 'completed') ${personFilter(options.personIds)}
     GROUP BY trim(r.provider)
     ORDER BY 4 DESC, 1`.execute(tenant.executor);
  return rows;
}
