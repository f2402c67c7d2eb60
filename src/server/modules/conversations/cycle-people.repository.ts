import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

export const personStates = ['open', 'prepared', 'held', 'signed'] as const;
export type PersonState = (typeof personStates)[number];

export type CyclePeopleFilter = {
  unitId?: string;
  managerId?: string;
  state?: PersonState;
  q?: string;
};

/** Where a conversation stands: signed by both, held, prepared by both, or still open. */
const stateOf = sql<PersonState>`CASE
  WHEN v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL THEN 'signed'
  WHEN v.held_at IS NOT NULL THEN 'held'
  WHEN v.prepared_at IS NOT NULL THEN 'prepared'
  ELSE 'open' END`;

/**
 * A cycle's conversations one per person, with names, unit, state and who has shared or signed;
 * filtered by unit, manager, state and a name. At most 5000 rows (a cycle is one organisation's staff).
 */
export async function cyclePeopleRows(tenant: TenantDb, cycleId: string, filter: CyclePeopleFilter) {
  let query = tenant.executor
    .selectFrom('conversations as v')
    .innerJoin('people as e', (join) =>
      join.onRef('e.organisation_id', '=', 'v.organisation_id').onRef('e.id', '=', 'v.employee_id'),
    )
    .innerJoin('people as m', (join) =>
      join.onRef('m.organisation_id', '=', 'v.organisation_id').onRef('m.id', '=', 'v.manager_id'),
    )
    .leftJoin('org_units as u', (join) =>
      join.onRef('u.organisation_id', '=', 'v.organisation_id').onRef('u.id', '=', 'v.org_unit_id'),
    )
    .select([
      'v.id',
      'v.employee_id',
      'v.manager_id',
      'e.given_name',
      'e.family_name_prefix',
      'e.family_name',
      'm.given_name as manager_given_name',
      'm.family_name_prefix as manager_family_name_prefix',
      'm.family_name as manager_family_name',
      'v.org_unit_id',
      'u.name as unit_name',
      'v.meeting_at',
      'v.held_at',
      'v.employee_signed_at',
      'v.manager_signed_at',
      stateOf.as('state'),
      sql<string[]>`array(SELECT cp.side FROM conversation_preparations cp
        WHERE cp.organisation_id = v.organisation_id AND cp.conversation_id = v.id
        AND cp.shared_at IS NOT NULL)`.as('shared_sides'),
    ])
    .where('v.organisation_id', '=', tenant.organisationId)
    .where('v.cycle_id', '=', cycleId);
  if (filter.unitId) query = query.where('v.org_unit_id', '=', filter.unitId);
  if (filter.managerId) query = query.where('v.manager_id', '=', filter.managerId);
  if (filter.state) query = query.where(stateOf, '=', filter.state);
  for (const term of (filter.q ?? '').split(/\s+/).filter(Boolean))
    query = query.where(sql<boolean>`e.search_text LIKE '%' || fold_text(${likeLiteral(term)}) || '%'`);
  return query.orderBy('e.sort_family_name').orderBy('e.sort_given_name').limit(5000).execute();
}
