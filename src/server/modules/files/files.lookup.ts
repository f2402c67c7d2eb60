import type { TenantDb } from '../../db/tenant.ts';

/** Name, uploader and type of stored files by id (other modules show and check the files they link to). */
export async function fileHeadlines(tenant: TenantDb, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length)
    return new Map<string, { name: string; createdBy: string | null; contentType: string }>();
  const rows = await tenant
    .selectFrom('files')
    .select(['id', 'original_name', 'created_by', 'content_type'])
    .where('id', 'in', unique)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { name: row.original_name, createdBy: row.created_by, contentType: row.content_type },
    ]),
  );
}
