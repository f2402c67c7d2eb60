import type { TenantDb } from '../../db/tenant.ts';
import type { Auth } from '../access/index.ts';

/**
 * Files are served to anyone in the organisation who may read the catalogue, because most of them are
 * learning content. A module that links files in a place not everyone may see (a hidden knowledge post)
 * registers a guard: the file is refused when any guard says so. Modules build on files, so the guard
 * is registered from their side and files never imports them.
 */
export type FileGuard = (tenant: TenantDb, auth: Auth, fileId: string) => Promise<boolean>;

const guards: FileGuard[] = [];

export function registerFileGuard(guard: FileGuard) {
  guards.push(guard);
}

/** True when no guard refuses this reader. */
export async function mayReadFile(tenant: TenantDb, auth: Auth, fileId: string) {
  for (const guard of guards) if (!(await guard(tenant, auth, fileId))) return false;
  return true;
}
