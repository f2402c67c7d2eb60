import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { findPackage, findVersion, listVersions } from '../scorm.repository.ts';

/** The package of a content item for L&D: what the manifest says, its versions and the attempt rule. */
export async function presentPackage(tenant: TenantDb, contentId: string, isPlayable: boolean) {
  const pack = await findPackage(tenant, contentId);
  if (!pack) throw notFound('SCORM package');
  const version = await findVersion(tenant, pack.current_version_id);
  if (!version) throw notFound('SCORM package');
  const versions = await listVersions(tenant, contentId);
  const { manifest } = version;
  return {
    contentId,
    title: manifest.title,
    scormVersion: manifest.scormVersion,
    edition: manifest.edition,
    version: {
      id: version.id,
      number: version.number,
      fileCount: version.file_count,
      unpackedBytes: Number(version.unpacked_bytes),
      uploadedAt: version.uploaded_at.toISOString(),
      originalName: version.original_name,
    },
    scos: manifest.scos,
    items: manifest.items,
    navigation: manifest.navigation,
    attemptRule: pack.attempt_rule,
    maxAttempts: pack.max_attempts,
    versions: versions.map((row) => ({
      number: row.number,
      scormVersion: row.scorm_version,
      uploadedAt: row.uploaded_at.toISOString(),
      fileCount: row.file_count,
      midwayRule: row.midway_rule,
      originalName: row.original_name,
    })),
    isPlayable,
  };
}
