import type { Executor } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

// `organisations` is the one table without an organisation_id: its own id is the organisation.

export const findOrganisation = (tenant: TenantDb) =>
  tenant.executor
    .selectFrom('organisations')
    .selectAll()
    .where('id', '=', tenant.organisationId)
    .executeTakeFirstOrThrow();
export type OrganisationRow = Awaited<ReturnType<typeof findOrganisation>>;

export async function updateOrganisationRow(
  tenant: TenantDb,
  changes: Partial<Pick<OrganisationRow, 'name' | 'default_locale' | 'time_zone' | 'settings'>>,
  at: Date,
) {
  await tenant.executor
    .updateTable('organisations')
    .set({ ...changes, updated_at: at })
    .where('id', '=', tenant.organisationId)
    .execute();
}

export async function isSlugTaken(db: Executor, slug: string) {
  const row = await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
  return Boolean(row);
}

export async function insertOrganisation(
  db: Executor,
  values: { name: string; slug: string; default_locale: Locale },
) {
  const row = await db.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
