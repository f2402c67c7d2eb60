import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { PersonState } from './cycle-people.repository.ts';

export type CycleState = PersonState | 'none';

/**
 * Where each person's conversation stands in the latest cycle they are in (by its start day): the same
 * rule as the HR board (signed by both, held, prepared by both, else open), or `none` when they are in
 * no cycle. States only: preparations, notes and ratings stay with the pair.
 */
export async function cycleStatesOf(tenant: TenantDb, personIds: readonly string[]) {
  const states = new Map<string, { state: CycleState; cycleName: string | null }>();
  for (const id of personIds) states.set(id, { state: 'none', cycleName: null });
  if (!personIds.length) return states;
  const rows = await tenant.executor
    .selectFrom('conversations as v')
    .innerJoin('conversation_cycles as c', (join) =>
      join.onRef('c.organisation_id', '=', 'v.organisation_id').onRef('c.id', '=', 'v.cycle_id'),
    )
    .where('v.organisation_id', '=', tenant.organisationId)
    .where('v.employee_id', 'in', [...personIds])
    .distinctOn('v.employee_id')
    .select([
      'v.employee_id',
      'c.name',
      sql<PersonState>`CASE
        WHEN v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL THEN 'signed'
        WHEN v.held_at IS NOT NULL THEN 'held'
        WHEN v.prepared_at IS NOT NULL THEN 'prepared'
        ELSE 'open' END`.as('state'),
    ])
    .orderBy('v.employee_id')
    .orderBy('c.starts_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .execute();
  for (const row of rows) states.set(row.employee_id, { state: row.state, cycleName: row.name });
  return states;
}
