import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

// SCIM's own tables, plus reads of the shared kernel (people, org units). People are written only
// through the people module's services (scim.users.ts).

export function listScimTokens(tenant: TenantDb) {
  return tenant.selectFrom('scim_tokens').selectAll().orderBy('created_at', 'desc').execute();
}
export type ScimTokenRow = Awaited<ReturnType<typeof listScimTokens>>[number];

export function insertScimToken(
  tenant: TenantDb,
  token: { name: string; token_hash: string; token_prefix: string; created_by: string },
) {
  return tenant.insertInto('scim_tokens', token).returningAll().executeTakeFirstOrThrow();
}

export async function revokeScimToken(tenant: TenantDb, tokenId: string, at: Date): Promise<boolean> {
  const revoked = await tenant
    .updateTable('scim_tokens')
    .set({ revoked_at: at })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows) > 0;
}

/** Before the organisation is known: the token by the hash of its secret, only while not revoked. */
export function findLiveToken(db: Executor, tokenHash: string) {
  return db
    .selectFrom('scim_tokens')
    .select(['organisation_id', 'id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export function touchScimToken(tenant: TenantDb, tokenId: string, at: Date) {
  return tenant.updateTable('scim_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}

/** People as SCIM shows them: the person, their unit's name and their SCIM link (if any). */
export function scimPeople(tenant: TenantDb) {
  return tenant
    .selectFrom('people')
    .leftJoin('scim_people', (join) =>
      join
        .onRef('scim_people.organisation_id', '=', 'people.organisation_id')
        .onRef('scim_people.person_id', '=', 'people.id'),
    )
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .select([
      'people.id',
      'people.email',
      'people.employee_number',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'people.job_title',
      'people.manager_id',
      'people.locale',
      'people.status',
      'people.created_at',
      'people.updated_at',
      'org_units.name as department',
      'scim_people.external_id',
      'scim_people.user_name',
    ])
    .where((eb) =>
      eb.or([eb('scim_people.deleted_at', 'is', null), eb('scim_people.person_id', 'is', null)]),
    );
}
export type ScimPersonRow = Awaited<ReturnType<ReturnType<typeof scimPeople>['executeTakeFirstOrThrow']>>;

export function findScimPerson(tenant: TenantDb, personId: string) {
  return scimPeople(tenant).where('people.id', '=', personId).executeTakeFirst();
}

/** The common Entra/Okta look-ups (`userName eq`, `externalId eq`) straight from the index. */
export function scimPeopleWhere(tenant: TenantDb, field: 'email' | 'external_id', value: string) {
  const query = scimPeople(tenant);
  return (
    field === 'email'
      ? query.where((eb) =>
          eb.or([eb('people.email', '=', value.toLowerCase()), eb('scim_people.user_name', '=', value)]),
        )
      : query.where('scim_people.external_id', '=', value)
  ).execute();
}

export async function linkScimPerson(
  tenant: TenantDb,
  link: { person_id: string; external_id: string | null; user_name: string },
) {
  await tenant
    .deleteFrom('scim_people')
    .where('person_id', '=', link.person_id)
    .where('deleted_at', 'is not', null)
    .execute();
  const existing = await tenant
    .selectFrom('scim_people')
    .select('person_id')
    .where('person_id', '=', link.person_id)
    .executeTakeFirst();
  if (existing)
    await tenant
      .updateTable('scim_people')
      .set({ external_id: link.external_id, user_name: link.user_name })
      .where('person_id', '=', link.person_id)
      .execute();
  else await tenant.insertInto('scim_people', link).execute();
}

export function markScimDeleted(tenant: TenantDb, personId: string, at: Date) {
  return tenant
    .updateTable('scim_people')
    .set({ deleted_at: at })
    .where('person_id', '=', personId)
    .execute();
}

/** Whom SCIM manages, of these people (for the people screens' read-only marker). */
export async function managedAmong(tenant: TenantDb, personIds: readonly string[]) {
  if (!personIds.length) return new Set<string>();
  const rows = await tenant
    .selectFrom('scim_people')
    .select('person_id')
    .where('person_id', 'in', personIds)
    .where('deleted_at', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.person_id));
}

export function unitByName(tenant: TenantDb, name: string) {
  return tenant
    .selectFrom('org_units')
    .select('id')
    .where('name', '=', name)
    .orderBy('id')
    .executeTakeFirst();
}

export function unitExistsById(tenant: TenantDb, id: string) {
  return tenant.selectFrom('org_units').select('id').where('id', '=', id).executeTakeFirst();
}

// Groups

export function scimGroups(tenant: TenantDb) {
  return tenant.selectFrom('scim_groups').selectAll().orderBy('display_name').execute();
}
export type ScimGroupRow = Awaited<ReturnType<typeof scimGroups>>[number];

export function findScimGroup(tenant: TenantDb, groupId: string) {
  return tenant.selectFrom('scim_groups').selectAll().where('id', '=', groupId).executeTakeFirst();
}

export function insertScimGroup(
  tenant: TenantDb,
  group: {
    display_name: string;
    external_id: string | null;
    org_unit_id: string | null;
    role: 'coach' | 'ambassador' | 'works_council' | null;
  },
) {
  return tenant.insertInto('scim_groups', group).returningAll().executeTakeFirstOrThrow();
}

export function updateScimGroup(
  tenant: TenantDb,
  groupId: string,
  values: { display_name: string; external_id: string | null; updated_at: Date },
) {
  return tenant.updateTable('scim_groups').set(values).where('id', '=', groupId).execute();
}

export function deleteScimGroup(tenant: TenantDb, groupId: string) {
  return tenant.deleteFrom('scim_groups').where('id', '=', groupId).executeTakeFirst();
}

export async function membersOf(tenant: TenantDb, groupIds: readonly string[]) {
  if (!groupIds.length) return [];
  return tenant
    .selectFrom('scim_group_members')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'scim_group_members.organisation_id')
        .onRef('people.id', '=', 'scim_group_members.person_id'),
    )
    .select([
      'scim_group_members.group_id',
      'people.id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
    ])
    .where('scim_group_members.group_id', 'in', groupIds)
    .execute();
}

export async function replaceMembers(tenant: TenantDb, groupId: string, personIds: readonly string[]) {
  await tenant.deleteFrom('scim_group_members').where('group_id', '=', groupId).execute();
  if (personIds.length)
    await tenant
      .insertInto(
        'scim_group_members',
        [...new Set(personIds)].map((person_id) => ({ group_id: groupId, person_id })),
      )
      .execute();
}

export async function existingPeople(tenant: TenantDb, personIds: readonly string[]) {
  if (!personIds.length) return new Set<string>();
  const rows = await tenant.selectFrom('people').select('id').where('id', 'in', personIds).execute();
  return new Set(rows.map((row) => row.id));
}

export async function countManaged(tenant: TenantDb) {
  const row = await tenant
    .selectFrom('scim_people')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
