import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/database.ts';
import type { GrantableRole, Locale, OrgUnitKind, PersonStatus } from '../db/schema.ts';
import { forOrganisation } from '../db/tenant.ts';
import { hashPassword } from '../modules/auth/index.ts';

// Factories shared by the tests and the demo seed: each builds valid rows with sensible defaults.

export type BuiltOrganisation = { id: string; slug: string; name: string };
export type BuiltPerson = { id: string; email: string; organisationId: string; password?: string };

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomUUID().slice(0, 4)}`;

export async function buildOrganisation(
  db: Executor,
  overrides: { name?: string; slug?: string; defaultLocale?: Locale; isDemo?: boolean } = {},
): Promise<BuiltOrganisation> {
  const slug = overrides.slug ?? `org-${next()}`;
  const row = await db
    .insertInto('organisations')
    .values({
      slug,
      name: overrides.name ?? `Organisatie ${slug}`,
      default_locale: overrides.defaultLocale ?? 'nl',
      is_demo: overrides.isDemo ?? false,
    })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function buildOrgUnit(
  db: Executor,
  organisationId: string,
  overrides: {
    name?: string;
    code?: string | null;
    kind?: OrgUnitKind;
    parentId?: string | null;
    headId?: string | null;
  } = {},
): Promise<{ id: string; name: string }> {
  const name = overrides.name ?? `Team ${next()}`;
  return forOrganisation(db, organisationId)
    .insertInto('org_units', {
      name,
      code: overrides.code ?? null,
      kind: overrides.kind ?? 'team',
      parent_id: overrides.parentId ?? null,
      head_id: overrides.headId ?? null,
    })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export type PersonOverrides = {
  email?: string;
  givenName?: string;
  familyNamePrefix?: string | null;
  familyName?: string;
  employeeNumber?: string | null;
  jobTitle?: string | null;
  orgUnitId?: string | null;
  managerId?: string | null;
  startDate?: string | null;
  /** Hours a week under contract (a percentage norm is worked out from them). */
  contractHours?: number | null;
  locale?: Locale | null;
  status?: PersonStatus;
  roles?: GrantableRole[];
  /** Gives the person an account they can sign in with. */
  password?: string;
  /** An argon2 hash to reuse, so bulk builds do not hash the same password again. */
  passwordHash?: string;
};

export async function buildPerson(
  db: Executor,
  organisationId: string,
  overrides: PersonOverrides = {},
): Promise<BuiltPerson> {
  const tenant = forOrganisation(db, organisationId);
  const suffix = next();
  const email = overrides.email ?? `person-${suffix}@example.test`;
  const passwordHash =
    overrides.passwordHash ?? (overrides.password ? await hashPassword(overrides.password) : null);
  const row = await tenant
    .insertInto('people', {
      email,
      given_name: overrides.givenName ?? 'Sam',
      family_name_prefix: overrides.familyNamePrefix ?? null,
      family_name: overrides.familyName ?? `Tester ${suffix}`,
      employee_number: overrides.employeeNumber ?? null,
      job_title: overrides.jobTitle ?? null,
      org_unit_id: overrides.orgUnitId ?? null,
      manager_id: overrides.managerId ?? null,
      start_date: overrides.startDate ?? null,
      contract_hours: overrides.contractHours ?? null,
      locale: overrides.locale ?? null,
      status: overrides.status ?? 'active',
      password_hash: passwordHash,
    })
    .returning(['id', 'email'])
    .executeTakeFirstOrThrow();
  if (overrides.roles?.length) {
    await tenant
      .insertInto(
        'person_roles',
        overrides.roles.map((role) => ({ person_id: row.id, role })),
      )
      .execute();
  }
  return { id: row.id, email: row.email, organisationId, password: overrides.password };
}
