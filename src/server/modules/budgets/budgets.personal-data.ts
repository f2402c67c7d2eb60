import type { PersonalDataContributor } from '../../core/personal-data.ts';

const erased = '[verwijderd]';

/**
 * Budgets and requests are part of the books (Dutch fiscal retention, 7 years): amounts, dates and
 * states are kept; the person's own words (motivation, reasons) are erased.
 */
export const budgetsPersonalData: PersonalDataContributor[] = [
  {
    name: 'budgets',
    kind: 'budgets',
    async export(tenant, personId) {
      const budgets = await tenant
        .selectFrom('development_budgets')
        .select([
          'year',
          'amount_cents as amountCents',
          'carried_over_cents as carriedOverCents',
          'hours',
          'source',
        ])
        .where('person_id', '=', personId)
        .execute();
      const requests = await tenant
        .selectFrom('budget_requests')
        .select([
          'title',
          'provider',
          'motivation',
          'cost_cents as costCents',
          'spent_cents as spentCents',
          'hours',
          'starts_on as startsOn',
          'ends_on as endsOn',
          'state',
          'decline_reason as declineReason',
          'created_at as createdAt',
          'completed_at as completedAt',
        ])
        .where('person_id', '=', personId)
        .execute();
      return [
        { name: 'budgets', rows: budgets },
        { name: 'budget-requests', rows: requests },
      ];
    },
    async erase(tenant, personId) {
      const requests = await tenant
        .updateTable('budget_requests')
        .set({ motivation: erased, decline_reason: null, override_reason: null })
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(requests.numUpdatedRows);
    },
  },
];
