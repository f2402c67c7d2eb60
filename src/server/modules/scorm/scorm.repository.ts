import type { TenantDb } from '../../db/tenant.ts';
import type { ScormManifest } from './import/manifest.types.ts';

// Reads of packages and versions that several use cases share.

export type PackageRow = Awaited<ReturnType<typeof findPackage>>;

/** The package of a content item with its current version, or undefined. */
export async function findPackage(
  tenant: TenantDb,
  contentId: string,
  options: { forUpdate?: boolean } = {},
) {
  let query = tenant
    .selectFrom('scorm_packages')
    .select(['content_id', 'current_version_id', 'attempt_rule', 'max_attempts'])
    .where('content_id', '=', contentId);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findVersion(tenant: TenantDb, versionId: string) {
  const row = await tenant
    .selectFrom('scorm_versions')
    .selectAll()
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row ? { ...row, manifest: row.manifest as unknown as ScormManifest } : undefined;
}

export async function listVersions(tenant: TenantDb, contentId: string) {
  return tenant
    .selectFrom('scorm_versions')
    .select([
      'id',
      'number',
      'scorm_version',
      'edition',
      'file_count',
      'uploaded_at',
      'midway_rule',
      'original_name',
    ])
    .where('content_id', '=', contentId)
    .orderBy('number', 'desc')
    .execute();
}

/** A file of a version, by its path in the package (content tokens name the version). */
export async function findPackageFile(tenant: TenantDb, versionId: string, path: string) {
  return tenant
    .selectFrom('scorm_files')
    .select(['storage_key', 'size_bytes', 'content_type'])
    .where('version_id', '=', versionId)
    .where('path', '=', path)
    .executeTakeFirst();
}
