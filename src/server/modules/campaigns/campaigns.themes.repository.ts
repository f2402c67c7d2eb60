import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

// The themes calendar.

const themeColumns = [
  'id',
  'name_nl',
  'name_en',
  'description_nl',
  'description_en',
  sql<string>`starts_on::text`.as('starts_on'),
  sql<string>`ends_on::text`.as('ends_on'),
  'recurrence',
  'learning',
  'translations',
  sql<string | null>`reminded_for::text`.as('reminded_for'),
] as const;

export const listThemes = (tenant: TenantDb) =>
  tenant.selectFrom('campaign_themes').select(themeColumns).orderBy('starts_on').execute();
export type ThemeRow = Awaited<ReturnType<typeof listThemes>>[number];

export const findTheme = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('campaign_themes')
    .select(themeColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const markThemeReminded = (tenant: TenantDb, id: string, startsOn: string) =>
  tenant.updateTable('campaign_themes').set({ reminded_for: startsOn }).where('id', '=', id).execute();

/** Organisations with themes, for the reminder job. */
export const organisationsWithThemes = async (db: Executor) =>
  (await db.selectFrom('campaign_themes').select('organisation_id').distinct().execute()).map(
    (row) => row.organisation_id,
  );
