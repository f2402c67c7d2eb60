import type { Db } from '../../db/database.ts';
import type { GrantableRole, Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, invalidField, notFound } from '../../http/errors.ts';
import { type Auth, can, canGrantRole } from '../access/index.ts';
import { diff, recordEvent } from '../audit/index.ts';
import { endSignIns, sendAuthLink } from '../auth/index.ts';
import { organisationToday } from '../organisations/index.ts';
import { afterEmailsChanged, assertMayChangeEmail, grantedRolesOf } from './people.credentials.ts';
import { announcePeopleChanged } from './people.events.ts';
import { displayName } from './people.presenter.ts';
import { filteredPeople, findPerson, managerChain } from './people.repository.ts';
import type { PersonChanges, PersonInput } from './people.schemas.ts';

/** Admin roles are granted and taken away by people, never by an integration token. */
function assertMayGrant(auth: Auth, roles: readonly GrantableRole[]) {
  if (roles.some((role) => !canGrantRole(auth, role)))
    throw invalidField('roles', 'an API token cannot grant or take away admin roles', 'personOnly');
}

function toColumns(input: PersonChanges) {
  const columns = {
    employee_number: input.employeeNumber,
    email: input.email,
    given_name: input.givenName,
    family_name_prefix: input.familyNamePrefix,
    family_name: input.familyName,
    job_title: input.jobTitle,
    org_unit_id: input.orgUnitId,
    manager_id: input.managerId,
    start_date: input.startDate,
    end_date: input.endDate,
    locale: input.locale,
    status: input.status,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as Partial<
    typeof columns
  >;
}

/** Checks references and uniqueness up front so the answer names the field, not a constraint. */
async function validateReferences(tenant: TenantDb, input: PersonChanges, personId?: string) {
  const errors: FieldError[] = [];
  if (input.orgUnitId) {
    const unit = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit)
      errors.push({
        field: 'orgUnitId',
        message: 'no such unit in this organisation',
        code: 'unknownReference',
      });
  }
  if (input.managerId) {
    const manager = await tenant
      .selectFrom('people')
      .select('id')
      .where('id', '=', input.managerId)
      .executeTakeFirst();
    if (!manager)
      errors.push({
        field: 'managerId',
        message: 'no such person in this organisation',
        code: 'unknownReference',
      });
    else if (
      personId &&
      (input.managerId === personId || (await managerChain(tenant, input.managerId)).includes(personId))
    ) {
      errors.push({
        field: 'managerId',
        message: 'would make this person their own manager',
        code: 'managerCycle',
      });
    }
  }
  if (input.email) {
    let query = tenant.selectFrom('people').select('id').where('email', '=', input.email);
    if (personId) query = query.where('id', '<>', personId);
    if (await query.executeTakeFirst())
      errors.push({ field: 'email', message: 'is already used by someone else', code: 'taken' });
  }
  if (input.employeeNumber) {
    let query = tenant.selectFrom('people').select('id').where('employee_number', '=', input.employeeNumber);
    if (personId) query = query.where('id', '<>', personId);
    if (await query.executeTakeFirst())
      errors.push({ field: 'employeeNumber', message: 'is already used by someone else', code: 'taken' });
  }
  if (input.startDate && input.endDate && input.endDate < input.startDate) {
    errors.push({ field: 'endDate', message: 'is before the start date', code: 'endBeforeStart' });
  }
  if (errors.length) {
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  }
}

async function organisationOf(db: Db | TenantDb['executor'], organisationId: string) {
  return db
    .selectFrom('organisations')
    .select(['name', 'default_locale'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

export async function createPerson(options: {
  db: Db;
  auth: Auth;
  input: PersonInput & { roles?: GrantableRole[]; sendInvitation?: boolean };
  baseUrl: string;
}) {
  const { auth, input } = options;
  if (input.roles?.includes('owner') && !can(auth, 'roles.grant_owner')) {
    throw invalidField('roles', 'only an owner can make someone owner', 'ownerOnly');
  }
  assertMayGrant(auth, input.roles ?? []);
  const id = await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    await validateReferences(tenant, input);
    const created = await tenant
      .insertInto('people', {
        ...toColumns(input),
        email: input.email,
        given_name: input.givenName,
        family_name: input.familyName,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    if (input.roles?.length) {
      await tenant
        .insertInto(
          'person_roles',
          input.roles.map((role) => ({ person_id: created.id, role })),
        )
        .execute();
    }
    await recordEvent(tenant, auth, {
      action: 'person.created',
      subjectType: 'person',
      subjectId: created.id,
      changes: { ...toColumns(input), roles: input.roles ?? [] },
    });
    if (input.sendInvitation) await invite(tenant, auth, created.id, options.baseUrl);
    return created.id;
  });
  // A new report can make their manager a manager (audience rules follow both).
  await announcePeopleChanged({
    db: options.db,
    organisationId: auth.organisationId,
    personIds: [id, input.managerId ?? ''],
  });
  return id;
}

export async function updatePerson(options: {
  db: Db;
  auth: Auth;
  personId: string;
  changes: PersonChanges;
}) {
  const { auth, personId, changes } = options;
  const changed = await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const before = await tenant
      .selectFrom('people')
      .selectAll()
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('Person');
    const emailChanges = changes.email !== undefined && changes.email !== before.email;
    if (emailChanges)
      assertMayChangeEmail(auth, (await grantedRolesOf(tenant, [personId])).get(personId) ?? []);
    await validateReferences(
      tenant,
      {
        ...changes,
        startDate: changes.startDate ?? before.start_date,
        endDate: changes.endDate ?? before.end_date,
      },
      personId,
    );
    const columns = toColumns(changes);
    if (Object.keys(columns).length === 0) return [];
    await tenant
      .updateTable('people')
      .set({ ...columns, updated_at: new Date() })
      .where('id', '=', personId)
      .execute();
    // Whoever has left can no longer be signed in, nor use a link sent earlier.
    if (columns.status === 'left') await endSignIns(tenant, [personId]);
    if (emailChanges)
      await afterEmailsChanged(tenant, auth, [
        {
          personId,
          oldEmail: before.email,
          newEmail: columns.email!,
          givenName: before.given_name,
          locale: before.locale,
        },
      ]);
    await recordEvent(tenant, auth, {
      action: 'person.updated',
      subjectType: 'person',
      subjectId: personId,
      changes: diff(before as unknown as Record<string, unknown>, columns),
    });
    return [personId, columns.manager_id ?? ''];
  });
  await announcePeopleChanged({ db: options.db, organisationId: auth.organisationId, personIds: changed });
}

/** Marks someone as left: they can no longer sign in; their history stays. */
export async function deactivatePerson(options: { db: Db; auth: Auth; personId: string; endDate?: string }) {
  if (options.auth.kind === 'person' && options.auth.personId === options.personId) {
    throw new AppError('conflict', 'You cannot deactivate yourself.');
  }
  await updatePerson({
    db: options.db,
    auth: options.auth,
    personId: options.personId,
    changes: {
      status: 'left',
      endDate: options.endDate ?? (await organisationToday(options.db, options.auth.organisationId)),
    },
  });
}

async function invite(tenant: TenantDb, auth: Auth, personId: string, baseUrl: string) {
  const person = await tenant
    .selectFrom('people')
    .select(['id', 'email', 'given_name', 'locale', 'status', 'password_hash'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person) throw notFound('Person');
  if (person.status === 'left') throw new AppError('conflict', 'This person has left the organisation.');
  if (person.password_hash) throw new AppError('conflict', 'This person already has an account.');
  const organisation = await organisationOf(tenant.executor, tenant.organisationId);
  let inviterName: string | undefined;
  if (auth.kind === 'person') {
    const inviter = await tenant
      .selectFrom('people')
      .select(['given_name', 'family_name_prefix', 'family_name'])
      .where('id', '=', auth.personId)
      .executeTakeFirst();
    if (inviter) inviterName = displayName(inviter);
  }
  await sendAuthLink(tenant, {
    purpose: 'invitation',
    person: {
      id: person.id,
      email: person.email,
      givenName: person.given_name,
      locale: (person.locale ?? organisation.default_locale) as Locale,
    },
    organisationName: organisation.name,
    inviterName,
    createdBy: auth.kind === 'person' ? auth.personId : null,
    baseUrl,
  });
  await recordEvent(tenant, auth, { action: 'person.invited', subjectType: 'person', subjectId: personId });
}

export async function invitePerson(options: { db: Db; auth: Auth; personId: string; baseUrl: string }) {
  await forOrganisation(options.db, options.auth.organisationId).transaction((tenant) =>
    invite(tenant, options.auth, options.personId, options.baseUrl),
  );
}

/**
 * Invites everyone who cannot sign in yet and has no open invitation (in a unit, or everywhere),
 * so an organisation can open Groeipad team by team. All or nothing: one transaction.
 */
export async function inviteMany(options: {
  db: Db;
  auth: Auth;
  orgUnitId?: string;
  includeSubunits: boolean;
  baseUrl: string;
}): Promise<{ invited: number }> {
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    if (options.orgUnitId) {
      const unit = await tenant
        .selectFrom('org_units')
        .select('id')
        .where('id', '=', options.orgUnitId)
        .executeTakeFirst();
      if (!unit) throw invalidField('orgUnitId', 'no such unit in this organisation', 'unknownReference');
    }
    const people = await filteredPeople(tenant, {
      status: 'current',
      account: 'none',
      orgUnitId: options.orgUnitId,
      includeSubunits: options.includeSubunits,
    })
      .select('people.id')
      .execute();
    for (const person of people) await invite(tenant, options.auth, person.id, options.baseUrl);
    return { invited: people.length };
  });
}

export async function setRoles(options: { db: Db; auth: Auth; personId: string; roles: GrantableRole[] }) {
  const { auth, personId } = options;
  const roles = [...new Set(options.roles)];
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const person = await tenant
      .selectFrom('people')
      .select('id')
      .where('id', '=', personId)
      .executeTakeFirst();
    if (!person) throw notFound('Person');
    const current = (
      await tenant.selectFrom('person_roles').select('role').where('person_id', '=', personId).execute()
    ).map((r) => r.role);
    const ownerChanges = current.includes('owner') !== roles.includes('owner');
    if (ownerChanges && !can(auth, 'roles.grant_owner'))
      throw invalidField('roles', 'only an owner can grant or take away owner', 'ownerOnly');
    assertMayGrant(auth, [
      ...roles.filter((role) => !current.includes(role)),
      ...current.filter((role) => !roles.includes(role)),
    ]);
    if (ownerChanges && !roles.includes('owner')) {
      const owners = await tenant
        .selectFrom('person_roles')
        .select('person_id')
        .where('role', '=', 'owner')
        .execute();
      if (owners.length <= 1)
        throw invalidField('roles', 'the organisation needs at least one owner', 'lastOwner');
    }
    await tenant.deleteFrom('person_roles').where('person_id', '=', personId).execute();
    if (roles.length)
      await tenant
        .insertInto(
          'person_roles',
          roles.map((role) => ({ person_id: personId, role })),
        )
        .execute();
    await recordEvent(tenant, auth, {
      action: 'person.roles_set',
      subjectType: 'person',
      subjectId: personId,
      changes: { from: current, to: roles },
    });
  });
  await announcePeopleChanged({ db: options.db, organisationId: auth.organisationId, personIds: [personId] });
}

export { findPerson };
