import type { TenantDb } from '../../../db/tenant.ts';
import { isObject, type JsonObject } from '../statements/validate-primitives.ts';

export async function activityDefinition(tenant: TenantDb, activityKey: string): Promise<JsonObject | null> {
  const row = await tenant
    .selectFrom('xapi_activities')
    .select('definition')
    .where('activity_key', '=', activityKey)
    .executeTakeFirst();
  return row?.definition ?? null;
}

/** Every identity known for the person an actor is matched to (none when it is not matched). */
export async function identitiesOfSamePerson(tenant: TenantDb, agentKey: string): Promise<JsonObject[]> {
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
  return rows.map((row) => row.agent).filter(isObject);
}
