import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export function cyclesQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('conversation_cycles')
    .selectAll()
    .select([
      sql<number>`(SELECT count(*) FROM conversations v WHERE v.organisation_id = conversation_cycles.organisation_id AND v.cycle_id = conversation_cycles.id)`.as(
        'conversations',
      ),
      sql<number>`(SELECT count(*) FROM conversations v WHERE v.organisation_id = conversation_cycles.organisation_id AND v.cycle_id = conversation_cycles.id AND v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL)`.as(
        'signed',
      ),
    ])
    .orderBy('starts_on', 'desc');
}
export type CycleRow = Awaited<ReturnType<ReturnType<typeof cyclesQuery>['executeTakeFirstOrThrow']>>;

export const findCycle = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('conversation_cycles').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * One pass over a cycle's conversations grouped by unit (prepared_at is stamped when both shared);
 * unit names are joined to the ~100 groups, not to every conversation.
 */
export async function boardRows(tenant: TenantDb, cycleId: string) {
  const result = await sql<{
    org_unit_id: string | null;
    unit_name: string | null;
    total: number;
    prepared: number;
    held: number;
    signed: number;
  }>`
    SELECT t.*, u.name AS unit_name
    FROM (
      SELECT v.org_unit_id,
        count(*)::int AS total,
        count(v.prepared_at)::int AS prepared,
        count(v.held_at)::int AS held,
        count(*) FILTER (WHERE v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL)::int AS signed
      FROM conversations v
      WHERE v.organisation_id = ${tenant.organisationId} AND v.cycle_id = ${cycleId}
      GROUP BY v.org_unit_id
    ) t
    LEFT JOIN org_units u ON u.organisation_id = ${tenant.organisationId} AND u.id = t.org_unit_id
    ORDER BY u.name`.execute(tenant.executor);
  return result.rows;
}
