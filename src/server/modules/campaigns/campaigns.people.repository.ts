import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

// Facts about people and organisations the jobs need (shared kernel tables, read only).

export async function peopleFacts(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return [];
  return tenant
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
    .leftJoin('person_content_languages as pcl', (join) =>
      join
        .onRef('pcl.organisation_id', '=', 'people.organisation_id')
        .onRef('pcl.person_id', '=', 'people.id'),
    )
    .select([
      'people.id',
      'people.email',
      'people.given_name',
      sql<'nl' | 'en'>`coalesce(people.locale, o.default_locale)`.as('locale'),
      // The language they read messages in when it is not nl/en (null: their interface language).
      sql<string | null>`pcl.language`.as('language'),
    ])
    .where(sql<boolean>`people.id = ANY(${ids}::uuid[])`)
    .where('people.status', '<>', 'left')
    .execute();
}

/** L&D (and owners): who is reminded of a theme coming up. */
export const learningAdmins = async (tenant: TenantDb) =>
  (
    await tenant
      .selectFrom('person_roles')
      .innerJoin('people', (join) =>
        join
          .onRef('people.organisation_id', '=', 'person_roles.organisation_id')
          .onRef('people.id', '=', 'person_roles.person_id'),
      )
      .select('people.id')
      .where('person_roles.role', '=', 'ld_admin')
      .where('people.status', '<>', 'left')
      .distinct()
      .execute()
  ).map((row) => row.id);

export const organisationsWithSettingsOrLearning = async (db: Executor) =>
  (await db.selectFrom('organisations').select('id').execute()).map((row) => row.id);
