import { port } from '../../core/ports.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import type { PersonChanges } from './people.schemas.ts';

declare module '../../core/ports.ts' {
  interface Ports {
    /**
     * Of these people, whom the identity provider manages through SCIM. SCIM builds on people, so it
     * provides this port.
     */
    scimManagedPeople(tenant: TenantDb, personIds: readonly string[]): Promise<Set<string>>;
  }
}

/**
 * The fields SCIM carries for a person it manages (docs/INTEGRATIONS.md, "HR import and SCIM
 * together"): the identity provider is their source. The unit stays Groeipad's to set: SCIM only
 * moves it when `department` names a unit, so a hand edit is not overwritten unless the IdP says so.
 */
const columnOf = {
  givenName: 'given_name',
  familyNamePrefix: 'family_name_prefix',
  familyName: 'family_name',
  email: 'email',
  jobTitle: 'job_title',
  employeeNumber: 'employee_number',
  managerId: 'manager_id',
  status: 'status',
  endDate: 'end_date',
  locale: 'locale',
} as const satisfies Partial<Record<keyof PersonChanges, string>>;
export const scimManagedFields = Object.keys(columnOf) as (keyof typeof columnOf)[];

/** Of these people, whom SCIM manages (the HR import asks this for its lines). */
export const scimManagedAmong = (tenant: TenantDb, personIds: readonly string[]) =>
  personIds.length ? port('scimManagedPeople')(tenant, personIds) : Promise.resolve(new Set<string>());

export const isScimManaged = async (tenant: TenantDb, personId: string) =>
  (await port('scimManagedPeople')(tenant, [personId])).has(personId);

/**
 * A person (by hand, on a screen or with their session) may not change what SCIM manages: 409 naming
 * each field. Integrations (API tokens, SCIM itself) follow the documented last-writer rule.
 */
export async function refuseHandEditsOfScimFields(
  tenant: TenantDb,
  auth: Auth | null,
  personId: string,
  changes: PersonChanges,
  before: Record<string, unknown>,
) {
  if (auth?.kind !== 'person') return;
  const touched = scimManagedFields.filter(
    (field) => changes[field] !== undefined && changes[field] !== before[columnOf[field]],
  );
  if (!touched.length || !(await isScimManaged(tenant, personId))) return;
  throw new AppError('conflict', `${touched.join(', ')}: managed by the identity provider (SCIM).`, {
    errors: touched.map((field) => ({
      field,
      message: 'is managed by the identity provider (SCIM); change it there',
      code: 'scimManaged',
    })),
  });
}
