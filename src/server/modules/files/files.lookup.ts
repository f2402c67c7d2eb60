import type { TenantDb } from '../../db/tenant.ts';

/** Name and uploader of stored files by id (other modules show and check the files they link to). */
export async function fileHeadlines(tenant: TenantDb, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map<string, { name: string; createdBy: string | null }>();
  const rows = await tenant
    .selectFrom('files')
    .select(['id', 'original_name', 'created_by'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.original_name, createdBy: row.created_by }]));
}
