import { sql } from 'kysely';
import type { z } from 'zod';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { policyFor, savePolicy } from './budget-requests.repository.ts';
import './budgets.events.ts';
import type { policyBody } from './budgets.schemas.ts';

export async function setPolicy(ctx: Ctx, options: { year: number; policy: z.infer<typeof policyBody> }) {
  assertCan(ctx.auth, 'development.manage');
  const { policy, year } = options;
  const columns = {
    amount_cents: policy.amountCents,
    hours: policy.hours,
    is_pro_rata: policy.isProRata,
    full_time_hours: policy.fullTimeHours,
    carry_over_max_cents: policy.carryOverMaxCents,
    requires_hr_approval: policy.requiresHrApproval,
  };
  await runChange(ctx, async (tx) => {
    await savePolicy(tx.db, year, columns, tx.now());
    tx.record({ action: 'budget_policy.set', subjectId: String(year), changes: columns });
  });
}

/**
 * Gives every current person their budget for the year from the policy: a fixed amount, or pro rata
 * by contract hours, plus what was left last year up to the carry-over maximum. Budgets that were
 * imported or set by hand are left alone. One statement, so it is fast for 10,000 people.
 */
export async function allocateBudgets(ctx: Ctx, options: { year: number }) {
  assertCan(ctx.auth, 'development.manage');
  const { year } = options;
  return runChange(ctx, async (tx) => {
    if (!(await policyFor(tx.db, year)))
      throw new AppError('conflict', `Set the budget rule for ${year} first.`);
    const count = await allocateByRule(tx.db, year);
    tx.record({ action: 'budgets.allocated', subjectId: String(year), changes: { budgets: count } });
    return count;
  });
}

/** The allocation itself (also used by the demo seed): one INSERT … ON CONFLICT for everyone. */
export async function allocateByRule(tenant: TenantDb, year: number): Promise<number> {
  const result = await sql<{ n: number }>`
    WITH previous AS (
      SELECT b.person_id,
        b.amount_cents + b.carried_over_cents
          - coalesce((SELECT sum(CASE WHEN r.state = 'completed' THEN r.spent_cents ELSE r.cost_cents END)
                      FROM budget_requests r
                      WHERE r.organisation_id = b.organisation_id AND r.budget_id = b.id
                        AND r.state IN ('approved', 'completed')), 0) AS remaining
      FROM development_budgets b
      WHERE b.organisation_id = ${tenant.organisationId} AND b.year = ${year - 1}
    ), upserted AS (
      INSERT INTO development_budgets (organisation_id, person_id, year, amount_cents, carried_over_cents, hours, source)
      SELECT p.organisation_id, p.id, ${year},
        CASE WHEN pol.is_pro_rata
          THEN round(pol.amount_cents * least(coalesce(p.contract_hours, pol.full_time_hours) / pol.full_time_hours, 1))::int
          ELSE pol.amount_cents END,
        least(pol.carry_over_max_cents, greatest(coalesce(prev.remaining, 0), 0))::int,
        CASE WHEN pol.is_pro_rata
          THEN round(pol.hours * least(coalesce(p.contract_hours, pol.full_time_hours) / pol.full_time_hours, 1))::int
          ELSE pol.hours END,
        'rule'
      FROM people p
      JOIN budget_policies pol ON pol.organisation_id = p.organisation_id AND pol.year = ${year}
      LEFT JOIN previous prev ON prev.person_id = p.id
      WHERE p.organisation_id = ${tenant.organisationId} AND p.status <> 'left'
      ON CONFLICT (organisation_id, person_id, year) DO UPDATE
        SET amount_cents = EXCLUDED.amount_cents, carried_over_cents = EXCLUDED.carried_over_cents,
            hours = EXCLUDED.hours, updated_at = now()
        WHERE development_budgets.source = 'rule'
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM upserted`.execute(tenant.executor);
  return Number(result.rows[0]?.n ?? 0);
}
