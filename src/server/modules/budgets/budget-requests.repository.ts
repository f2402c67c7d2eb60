import { type Insertable, sql, type Updateable } from 'kysely';
import type { Database } from '../../db/schema.ts';
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
    .selectAll('budget_requests')
    .select([personName.as('person_name'), 'p.manager_id', 'b.year'])
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

/** Requests waiting for my decision: my reports' at the manager step, and (HR) all at the HR step. */
export const waitingFor = (tenant: TenantDb, options: { personId: string; isHr: boolean }) =>
  requestsQuery(tenant)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('budget_requests.state', '=', 'pending_manager'),
          eb('p.manager_id', '=', options.personId),
        ]),
        ...(options.isHr ? [eb('budget_requests.state', '=', 'pending_hr')] : []),
      ]),
    )
    .where('budget_requests.person_id', '<>', options.personId)
    .limit(500)
    .execute();

export const requestsOfYear = (tenant: TenantDb, personId: string, year: number) =>
  requestsQuery(tenant)
    .where('budget_requests.person_id', '=', personId)
    .where('b.year', '=', year)
    .execute();

export const findRequestFile = (tenant: TenantDb, requestId: string, fileId: string) =>
  tenant
    .selectFrom('budget_request_files')
    .selectAll()
    .where('id', '=', fileId)
    .where('request_id', '=', requestId)
    .executeTakeFirst();

export const insertRequestFile = (
  tenant: TenantDb,
  file: {
    request_id: string;
    purpose: 'quote' | 'proof';
    file_name: string;
    content_type: string;
    size_bytes: number;
    storage_key: string;
    uploaded_by: string;
  },
) => tenant.insertInto('budget_request_files', file).returning('id').executeTakeFirstOrThrow();

export const lockRequest = (tenant: TenantDb, requestId: string) =>
  tenant.selectFrom('budget_requests').select('id').where('id', '=', requestId).forUpdate().execute();

export const budgetOf = (tenant: TenantDb, personId: string, year: number) =>
  tenant
    .selectFrom('development_budgets')
    .select('id')
    .where('person_id', '=', personId)
    .where('year', '=', year)
    .executeTakeFirst();

export const requesterOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('people')
    .select(['manager_id', 'given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();

export async function hrAdminIds(tenant: TenantDb) {
  const rows = await tenant
    .selectFrom('person_roles')
    .select('person_id')
    .where('role', '=', 'hr_admin')
    .execute();
  return rows.map((row) => row.person_id);
}

export const insertRequest = (
  tenant: TenantDb,
  values: Omit<Insertable<Database['budget_requests']>, 'organisation_id'>,
) =>
  tenant
    .insertInto('budget_requests', values)
    .returning(['id', 'title', 'cost_cents'])
    .executeTakeFirstOrThrow();

export const updateRequest = (
  tenant: TenantDb,
  requestId: string,
  set: Updateable<Database['budget_requests']>,
) => tenant.updateTable('budget_requests').set(set).where('id', '=', requestId).execute();

/** Whether the request is the person's own (learning agreements link to one). */
export async function isBudgetRequestOf(tenant: TenantDb, personId: string, requestId: string) {
  const row = await tenant
    .selectFrom('budget_requests')
    .select('id')
    .where('id', '=', requestId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

export const savePolicy = (
  tenant: TenantDb,
  year: number,
  columns: Omit<Insertable<Database['budget_policies']>, 'organisation_id' | 'year'>,
  at: Date,
) =>
  tenant
    .insertInto('budget_policies', { year, ...columns })
    .onConflict((oc) => oc.columns(['organisation_id', 'year']).doUpdateSet({ ...columns, updated_at: at }))
    .execute();

/** Budgets from a file or pasted text: set as imported, whatever they were. */
export async function saveImportedBudgets(
  tenant: TenantDb,
  year: number,
  budgets: { personId: string; cents: number; hours: number }[],
  at: Date,
) {
  for (const budget of budgets) {
    const values = { amount_cents: budget.cents, hours: budget.hours, source: 'import' as const };
    await tenant
      .insertInto('development_budgets', { person_id: budget.personId, year, ...values })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'person_id', 'year']).doUpdateSet({ ...values, updated_at: at }),
      )
      .execute();
  }
}
