import type { TenantDb } from '../../../db/tenant.ts';

export async function activityDefinition(tenant: TenantDb, activityKey: string) {
  const row = await tenant
    .selectFrom('xapi_activities')
    .select('definition')
    .where('activity_key', '=', activityKey)
    .executeTakeFirst();
  return row?.definition;
}

/** Every identifier known for the person an agent is matched to (only the agent itself when unmatched). */
export async function identitiesOfMatchedPerson(tenant: TenantDb, agentKey: string): Promise<unknown[]> {
  const own = await tenant
    .selectFrom('xapi_actors')
    .select('person_id')
    .where('agent_key', '=', agentKey)
    .executeTakeFirst();
  if (!own?.person_id) return [];
  const rows = await tenant
    .selectFrom('xapi_actors')
    .select('agent')
    .where('person_id', '=', own.person_id)
    .execute();
  return rows.map((row) => row.agent);
}
