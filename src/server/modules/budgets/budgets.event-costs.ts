import type { TenantDb } from '../../db/tenant.ts';

/**
 * Events that cost money are paid from the person's development budget. The manager's approval of the
 * sign-up is the decision, so the cost lands on the ledger as an approved request (committed); attending
 * spends it, cancelling releases it. Someone without a budget for that year is not charged: there is
 * nothing to charge, and the approval stands.
 */
export async function commitEventCost(
  tenant: TenantDb,
  input: {
    personId: string;
    managerId: string;
    title: string;
    costCents: number;
    /** The session's day (yyyy-mm-dd): its year picks the budget. */
    on: string;
    at: Date;
    motivation: string;
  },
): Promise<string | null> {
  const budget = await tenant
    .selectFrom('development_budgets')
    .select('id')
    .where('person_id', '=', input.personId)
    .where('year', '=', Number(input.on.slice(0, 4)))
    .executeTakeFirst();
  if (!budget) return null;
  const { id } = await tenant
    .insertInto('budget_requests', {
      budget_id: budget.id,
      person_id: input.personId,
      provider: 'Groeipad',
      title: input.title.slice(0, 200),
      starts_on: input.on,
      ends_on: input.on,
      cost_cents: input.costCents,
      motivation: input.motivation,
      state: 'approved',
      manager_decided_by: input.managerId,
      manager_decided_at: input.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Attended: the cost is spent. Cancelled: released. Attendance undone: committed again. */
export async function settleEventCost(
  tenant: TenantDb,
  requestId: string,
  outcome: 'spent' | 'released' | 'committed',
  at: Date,
) {
  const request = tenant.updateTable('budget_requests').where('id', '=', requestId);
  if (outcome === 'spent')
    await request
      .set((eb) => ({
        state: 'completed',
        spent_cents: eb.ref('cost_cents'),
        completed_at: at,
        updated_at: at,
      }))
      .execute();
  else if (outcome === 'released')
    await request.set({ state: 'cancelled', updated_at: at }).where('state', '=', 'approved').execute();
  else
    await request
      .set({ state: 'approved', spent_cents: null, completed_at: null, updated_at: at })
      .where('state', '=', 'completed')
      .execute();
}
