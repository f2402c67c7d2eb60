import { posix } from 'node:path';
import type { OrgContext } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { findPackageFile } from '../scorm.repository.ts';

/**
 * A file of a package version, for the content origin. The signed token already named the organisation
 * and version, so this acts as the system in that organisation; a path outside the package is not there.
 */
export async function packageFile(ctx: OrgContext, versionId: string, encodedPath: string) {
  let path: string;
  try {
    path = posix.normalize(decodeURIComponent(encodedPath));
  } catch {
    throw notFound('Package file');
  }
  if (path.startsWith('..') || path.startsWith('/')) throw notFound('Package file');
  const file = await findPackageFile(ctx.db, versionId, path);
  if (!file) throw notFound('Package file');
  return file;
}
