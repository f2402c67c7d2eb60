import type { TenantDb } from '../../db/tenant.ts';
import type { CourseStructure } from './import/course-structure.ts';

// Reads of courses, registrations and AU states that several use cases share.

export async function findCourse(tenant: TenantDb, contentId: string) {
  const row = await tenant
    .selectFrom('cmi5_courses')
    .selectAll()
    .where('content_id', '=', contentId)
    .executeTakeFirst();
  return row ? { ...row, structure: row.structure as unknown as CourseStructure } : undefined;
}
export type CourseRow = NonNullable<Awaited<ReturnType<typeof findCourse>>>;

export function findRegistration(tenant: TenantDb, contentId: string, personId: string) {
  return tenant
    .selectFrom('cmi5_registrations')
    .selectAll()
    .where('content_id', '=', contentId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export function auStatesOf(tenant: TenantDb, registrationId: string) {
  return tenant
    .selectFrom('cmi5_au_states')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .execute();
}
export type AuStateRow = Awaited<ReturnType<typeof auStatesOf>>[number];

export function courseFile(tenant: TenantDb, contentId: string, path: string) {
  return tenant
    .selectFrom('cmi5_files')
    .select(['storage_key', 'size_bytes', 'content_type'])
    .where('content_id', '=', contentId)
    .where('path', '=', path)
    .executeTakeFirst();
}

/** The AUs launched at least once in a registration. */
export async function launchedUnits(tenant: TenantDb, registrationId: string): Promise<Set<string>> {
  const rows = await tenant
    .selectFrom('cmi5_sessions')
    .select('au_id')
    .distinct()
    .where('registration_id', '=', registrationId)
    .execute();
  return new Set(rows.map((row) => row.au_id));
}
