import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export type CycleCompletion = {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  state: 'open' | 'closed';
  conversations: number;
  prepared: number;
  held: number;
  signed: number;
};

/**
 * Insight's organisation dashboard: per cycle that overlaps a period, how far its conversations got —
 * prepared by both, held, signed by both (each step counts the ones past it too). Counts only, never
 * content; `personIds` narrows to employees in scope.
 */
export async function cycleCompletion(
  tenant: TenantDb,
  options: { from: string; to: string; personIds: readonly string[] | null },
): Promise<CycleCompletion[]> {
  if (options.personIds && !options.personIds.length) return [];
  let query = tenant.executor
    .selectFrom('conversation_cycles as c')
    .innerJoin('conversations as v', (join) =>
      join.onRef('v.organisation_id', '=', 'c.organisation_id').onRef('v.cycle_id', '=', 'c.id'),
    )
    .where('c.organisation_id', '=', tenant.organisationId)
    .where('c.starts_on', '<=', options.to)
    .where('c.ends_on', '>=', options.from)
    .select([
      'c.id',
      'c.name',
      'c.starts_on',
      'c.ends_on',
      'c.state',
      sql<number>`count(*)::int`.as('conversations'),
      sql<number>`count(*) FILTER (WHERE v.prepared_at IS NOT NULL OR v.held_at IS NOT NULL
        OR (v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL))::int`.as('prepared'),
      sql<number>`count(*) FILTER (WHERE v.held_at IS NOT NULL
        OR (v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL))::int`.as('held'),
      sql<number>`count(*) FILTER (WHERE v.employee_signed_at IS NOT NULL
        AND v.manager_signed_at IS NOT NULL)::int`.as('signed'),
    ])
    .groupBy(['c.id', 'c.name', 'c.starts_on', 'c.ends_on', 'c.state'])
    .orderBy('c.starts_on', 'desc')
    .orderBy('c.name');
  if (options.personIds) query = query.where('v.employee_id', 'in', [...options.personIds]);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    state: row.state,
    conversations: row.conversations,
    prepared: row.prepared,
    held: row.held,
    signed: row.signed,
  }));
}
