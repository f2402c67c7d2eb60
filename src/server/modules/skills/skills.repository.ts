import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { RatingForRule } from './skills.level-rule.ts';

const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

export function listSkills(
  tenant: TenantDb,
  query: { q?: string; categoryId?: string; includeArchived?: boolean } = {},
) {
  let skills = tenant.selectFrom('skills').selectAll();
  if (!query.includeArchived) skills = skills.where('is_archived', '=', false);
  if (query.categoryId) skills = skills.where('category_id', '=', query.categoryId);
  if (query.q) {
    const pattern = `%${likeLiteral(query.q)}%`;
    skills = skills.where((eb) =>
      eb.or([
        eb('name_nl', 'ilike', pattern),
        eb('name_en', 'ilike', pattern),
        sql<boolean>`array_to_string(synonyms, ' | ') ILIKE ${pattern}`,
      ]),
    );
  }
  return skills.orderBy('name_nl').execute();
}

export const findSkill = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('skills').selectAll().where('id', '=', id).executeTakeFirst();

/** Ids among `ids` that exist in this organisation. */
export async function existingSkillIds(tenant: TenantDb, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tenant
    .selectFrom('skills')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}

export const personNameColumns = [
  'people.id',
  'people.given_name',
  'people.family_name_prefix',
  'people.family_name',
  'people.org_unit_id',
  'people.manager_id',
] as const;

export function findPersonName(tenant: TenantDb, id: string) {
  return tenant
    .selectFrom('people')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .select([...personNameColumns, 'people.email', 'people.locale', 'org_units.name as org_unit_name'])
    .where('people.id', '=', id)
    .executeTakeFirst();
}

export type RatingRow = RatingForRule & { personId: string; skillId: string };

/** The ratings that can set a level (not peer endorsements), for many people at once. */
export async function levelRatingsOf(tenant: TenantDb, personIds: readonly string[] | 'all') {
  let query = tenant
    .selectFrom('skill_ratings')
    .select(['id', 'person_id', 'skill_id', 'source', 'level', 'rated_on', 'created_at'])
    .where('source', '<>', 'peer');
  if (personIds !== 'all') {
    if (personIds.length === 0) return [];
    query = query.where('person_id', 'in', [...personIds]);
  }
  const rows = await query.execute();
  return rows.map(
    (row): RatingRow => ({
      id: row.id,
      personId: row.person_id,
      skillId: row.skill_id,
      source: row.source,
      level: row.level,
      ratedOn: row.rated_on,
      createdAt: row.created_at,
    }),
  );
}

/** The organisation's language, for people who chose none. */
export const organisationLocale = async (tenant: TenantDb) =>
  (
    await tenant.executor
      .selectFrom('organisations')
      .select('default_locale')
      .where('id', '=', tenant.organisationId)
      .executeTakeFirstOrThrow()
  ).default_locale;

/** A person's job role: id and names, or null. */
export async function jobRoleOf(tenant: TenantDb, personId: string) {
  const row = await tenant
    .selectFrom('person_job_roles')
    .innerJoin('job_roles', (join) =>
      join
        .onRef('job_roles.organisation_id', '=', 'person_job_roles.organisation_id')
        .onRef('job_roles.id', '=', 'person_job_roles.job_role_id'),
    )
    .select(['job_roles.id', 'job_roles.name_nl', 'job_roles.name_en'])
    .where('person_job_roles.person_id', '=', personId)
    .executeTakeFirst();
  return row ? { id: row.id, name: { nl: row.name_nl, en: row.name_en } } : null;
}

export const skillNames = (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? tenant.selectFrom('skills').select(['id', 'name_nl', 'name_en']).where('id', 'in', ids).execute()
    : Promise.resolve([]);
