import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

const personName = sql<string>`concat_ws(' ', p.given_name, p.family_name_prefix, p.family_name)`;

export function requestsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('budget_requests')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'budget_requests.organisation_id')
        .onRef('p.id', '=', 'budget_requests.person_id'),
    )
    .innerJoin('development_budgets as b', (join) =>
      join
        .onRef('b.organisation_id', '=', 'budget_requests.organisation_id')
        .onRef('b.id', '=', 'budget_requests.budget_id'),
    )
    .leftJoin('plan_goals as g', (join) =>
      join
        .onRef('g.organisation_id', '=', 'budget_requests.organisation_id')
        .onRef('g.id', '=', 'budget_requests.goal_id'),
    )
    .selectAll('budget_requests')
    .select([personName.as('person_name'), 'p.manager_id', 'b.year', 'g.title as goal_title'])
    .orderBy('budget_requests.created_at', 'desc');
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestsQuery>['executeTakeFirstOrThrow']>>;

export async function findRequest(tenant: TenantDb, requestId: string) {
  return requestsQuery(tenant).where('budget_requests.id', '=', requestId).executeTakeFirst();
}

export async function filesOf(tenant: TenantDb, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return tenant
    .selectFrom('budget_request_files')
    .select(['id', 'request_id', 'purpose', 'file_name', 'size_bytes'])
    .where('request_id', 'in', requestIds)
    .orderBy('created_at')
    .execute();
}

export async function policyFor(tenant: TenantDb, year: number) {
  return tenant.selectFrom('budget_policies').selectAll().where('year', '=', year).executeTakeFirst();
}
