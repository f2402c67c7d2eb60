import type { TenantDb } from '../../../db/tenant.ts';

/** Provided to catalogue's audience rules: who holds any of the job roles, and ids that are none. */
export async function jobRoleHolders(tenant: TenantDb, jobRoleIds: readonly string[]) {
  if (jobRoleIds.length === 0) return { personIds: [], unknownIds: [] };
  const ids = [...new Set(jobRoleIds)];
  const known = await tenant.selectFrom('job_roles').select('id').where('id', 'in', ids).execute();
  const holders = await tenant
    .selectFrom('person_job_roles')
    .select('person_id')
    .distinct()
    .where('job_role_id', 'in', ids)
    .execute();
  const knownIds = new Set(known.map((row) => row.id));
  return {
    personIds: holders.map((row) => row.person_id),
    unknownIds: ids.filter((id) => !knownIds.has(id)),
  };
}
