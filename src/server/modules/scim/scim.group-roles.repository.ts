import type { GrantableRole } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

/** The roles each of these people holds through the groups they are in (groups mapped to a role). */
export async function groupRolesOf(tenant: TenantDb, personIds: readonly string[]) {
  const byPerson = new Map<string, Set<GrantableRole>>(personIds.map((id) => [id, new Set()]));
  if (!personIds.length) return byPerson;
  const rows = await tenant
    .selectFrom('scim_group_members')
    .innerJoin('scim_groups', (join) =>
      join
        .onRef('scim_groups.organisation_id', '=', 'scim_group_members.organisation_id')
        .onRef('scim_groups.id', '=', 'scim_group_members.group_id'),
    )
    .select(['scim_group_members.person_id', 'scim_groups.role'])
    .where('scim_group_members.person_id', 'in', personIds)
    .where('scim_groups.role', 'is not', null)
    .execute();
  for (const row of rows) if (row.role) byPerson.get(row.person_id)?.add(row.role);
  return byPerson;
}

export async function memberIdsOf(tenant: TenantDb, groupId: string) {
  const rows = await tenant
    .selectFrom('scim_group_members')
    .select('person_id')
    .where('group_id', '=', groupId)
    .execute();
  return rows.map((row) => row.person_id);
}

/** The owner's overview: every group with its mapping and how many members it has. */
export function groupsWithCounts(tenant: TenantDb) {
  return tenant
    .selectFrom('scim_groups')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'scim_groups.organisation_id')
        .onRef('org_units.id', '=', 'scim_groups.org_unit_id'),
    )
    .select((eb) => [
      'scim_groups.id',
      'scim_groups.display_name',
      'scim_groups.external_id',
      'scim_groups.role',
      'scim_groups.org_unit_id',
      'scim_groups.mapped_at',
      'org_units.name as org_unit_name',
      eb
        .selectFrom('scim_group_members')
        .select((inner) => inner.fn.countAll<string>().as('n'))
        .whereRef('scim_group_members.organisation_id', '=', 'scim_groups.organisation_id')
        .whereRef('scim_group_members.group_id', '=', 'scim_groups.id')
        .as('member_count'),
    ])
    .orderBy('scim_groups.display_name')
    .execute();
}

export function setGroupMappingColumns(
  tenant: TenantDb,
  groupId: string,
  values: { role: GrantableRole | null; org_unit_id: string | null; mapped_by: string; mapped_at: Date },
) {
  return tenant.updateTable('scim_groups').set(values).where('id', '=', groupId).execute();
}

/** Groups named in a sign-in: by externalId (Entra sends object ids) or by name, case-insensitively. */
export async function groupsNamed(tenant: TenantDb, values: readonly string[]) {
  if (!values.length) return [];
  const lower = values.map((value) => value.toLowerCase());
  return tenant
    .selectFrom('scim_groups')
    .select(['id', 'role', 'org_unit_id'])
    .where((eb) =>
      eb.or([eb('external_id', 'in', [...values]), eb(eb.fn('lower', ['display_name']), 'in', lower)]),
    )
    .execute();
}

export async function groupIdsOfPerson(tenant: TenantDb, personId: string) {
  const rows = await tenant
    .selectFrom('scim_group_members')
    .select('group_id')
    .where('person_id', '=', personId)
    .execute();
  return rows.map((row) => row.group_id);
}

export async function addMembership(tenant: TenantDb, groupIds: readonly string[], personId: string) {
  if (groupIds.length)
    await tenant
      .insertInto(
        'scim_group_members',
        groupIds.map((group_id) => ({ group_id, person_id: personId })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
}

export async function removeMembership(tenant: TenantDb, groupIds: readonly string[], personId: string) {
  if (groupIds.length)
    await tenant
      .deleteFrom('scim_group_members')
      .where('person_id', '=', personId)
      .where('group_id', 'in', [...groupIds])
      .execute();
}
