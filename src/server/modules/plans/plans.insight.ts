import type { TenantDb } from '../../db/tenant.ts';

// What insight reads of development plans. Drafts are their owner's alone, so only shared, agreed and
// reviewed plans count — and only as numbers, never their content.

/** Plan goals of the period that serve an organisation goal or a team goal (non-draft plans, not dropped). */
export async function planGoalsServingGoals(tenant: TenantDb, period: string) {
  return tenant
    .selectFrom('plan_goals')
    .innerJoin('development_plans as plan', (join) =>
      join
        .onRef('plan.organisation_id', '=', 'plan_goals.organisation_id')
        .onRef('plan.id', '=', 'plan_goals.plan_id'),
    )
    .select(['plan.person_id', 'plan_goals.serves_kind', 'plan_goals.serves_id', 'plan_goals.status'])
    .where('plan.period', '=', period)
    .where('plan.state', '<>', 'draft')
    .where('plan_goals.status', '<>', 'dropped')
    .where('plan_goals.serves_kind', 'in', ['organisation_goal', 'team_goal'])
    .where('plan_goals.serves_id', 'is not', null)
    .execute() as Promise<
    { person_id: string; serves_kind: 'organisation_goal' | 'team_goal'; serves_id: string; status: string }[]
  >;
}

/** Each person's plan state in the period ('none' when they have no plan). */
export async function planStatesOf(tenant: TenantDb, personIds: string[], period: string) {
  if (!personIds.length) return new Map<string, string>();
  const rows = await tenant
    .selectFrom('development_plans')
    .select(['person_id', 'state'])
    .where('person_id', 'in', personIds)
    .where('period', '=', period)
    .execute();
  return new Map(rows.map((row) => [row.person_id, row.state]));
}
