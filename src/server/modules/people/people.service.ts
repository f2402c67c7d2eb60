import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import type { GrantableRole, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, invalidField, notFound } from '../../http/errors.ts';
import { type Auth, assertCan, can, canGrantRole } from '../access/index.ts';
import { diff } from '../audit/index.ts';
import { endSignIns, sendAuthLink } from '../auth/index.ts';
import { afterEmailsChanged, assertMayChangeEmail, grantedRolesOf } from './people.credentials.ts';
import { publishPeopleChanged } from './people.events.ts';
import { displayName } from './people.presenter.ts';
import {
  countOwners,
  filteredPeople,
  findInvitee,
  findNameParts,
  findOrganisation,
  insertPerson,
  isTaken,
  lockPerson,
  managerChain,
  personExists,
  replaceRoles,
  rolesOf,
  unitExists,
  updatePersonColumns,
} from './people.repository.ts';
import type { PersonChanges, PersonInput } from './people.schemas.ts';
import { refuseHandEditsOfScimFields } from './people.scim.ts';

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
  if (input.orgUnitId && !(await unitExists(tenant, input.orgUnitId)))
    errors.push({
      field: 'orgUnitId',
      message: 'no such unit in this organisation',
      code: 'unknownReference',
    });
  if (input.managerId) {
    if (!(await personExists(tenant, input.managerId)))
      errors.push({
        field: 'managerId',
        message: 'no such person in this organisation',
        code: 'unknownReference',
      });
    else if (
      personId &&
      (input.managerId === personId || (await managerChain(tenant, input.managerId)).includes(personId))
    )
      errors.push({
        field: 'managerId',
        message: 'would make this person their own manager',
        code: 'managerCycle',
      });
  }
  if (input.email && (await isTaken(tenant, 'email', input.email, personId)))
    errors.push({ field: 'email', message: 'is already used by someone else', code: 'taken' });
  if (input.employeeNumber && (await isTaken(tenant, 'employee_number', input.employeeNumber, personId)))
    errors.push({ field: 'employeeNumber', message: 'is already used by someone else', code: 'taken' });
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    errors.push({ field: 'endDate', message: 'is before the start date', code: 'endBeforeStart' });
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
}

export async function createPerson(
  ctx: Ctx,
  options: { input: PersonInput & { roles?: GrantableRole[]; sendInvitation?: boolean }; baseUrl: string },
) {
  const { auth } = ctx;
  const { input } = options;
  assertCan(auth, 'people.manage');
  if (input.roles?.includes('owner') && !can(auth, 'roles.grant_owner'))
    throw invalidField('roles', 'only an owner can make someone owner', 'ownerOnly');
  assertMayGrant(auth, input.roles ?? []);
  return runChange(ctx, async (tx) => {
    await validateReferences(tx.db, input);
    const id = await insertPerson(tx.db, {
      ...toColumns(input),
      email: input.email,
      given_name: input.givenName,
      family_name: input.familyName,
    });
    if (input.roles?.length) await replaceRoles(tx.db, id, input.roles);
    tx.record({
      action: 'person.created',
      subjectId: id,
      changes: { ...toColumns(input), roles: input.roles ?? [] },
    });
    if (input.sendInvitation) await invite(tx, id, options.baseUrl);
    // A new report can make their manager a manager (audience rules follow both).
    publishPeopleChanged(tx, [id, input.managerId]);
    return id;
  });
}

/** A new organisation's first owner (`npm run org:create`): the system grants the role, nobody else can yet. */
export async function addFirstOwner(
  ctx: OrgContext,
  person: { givenName: string; familyNamePrefix: string | null; familyName: string; email: string },
): Promise<string> {
  return runChange(ctx, async (tx) => {
    const id = await insertPerson(tx.db, {
      given_name: person.givenName,
      family_name_prefix: person.familyNamePrefix,
      family_name: person.familyName,
      email: person.email,
      status: 'active',
    });
    await replaceRoles(tx.db, id, ['owner']);
    tx.record({
      action: 'person.created',
      subjectId: id,
      changes: { email: person.email, roles: ['owner'] },
    });
    return id;
  });
}

export async function updatePerson(ctx: Ctx, options: { personId: string; changes: PersonChanges }) {
  const { personId, changes } = options;
  assertCan(ctx.auth, 'people.manage');
  await runChange(ctx, async (tx) => {
    const before = await lockPerson(tx.db, personId);
    if (!before) throw notFound('Person');
    await refuseHandEditsOfScimFields(tx.db, tx.auth, personId, changes, before);
    const emailChanges = changes.email !== undefined && changes.email !== before.email;
    if (emailChanges)
      assertMayChangeEmail(tx.auth, (await grantedRolesOf(tx.db, [personId])).get(personId) ?? []);
    await validateReferences(
      tx.db,
      {
        ...changes,
        startDate: changes.startDate ?? before.start_date,
        endDate: changes.endDate ?? before.end_date,
      },
      personId,
    );
    const columns = toColumns(changes);
    if (Object.keys(columns).length === 0) return;
    await updatePersonColumns(tx.db, personId, columns, tx.now());
    // Whoever has left can no longer be signed in, nor use a link sent earlier.
    if (columns.status === 'left') await endSignIns(tx.db, [personId]);
    if (emailChanges)
      await afterEmailsChanged(tx.db, tx.auth, [
        {
          personId,
          oldEmail: before.email,
          newEmail: columns.email!,
          givenName: before.given_name,
          locale: before.locale,
        },
      ]);
    tx.record({
      action: 'person.updated',
      subjectId: personId,
      changes: diff(before as unknown as Record<string, unknown>, columns),
    });
    publishPeopleChanged(tx, [personId, columns.manager_id]);
  });
}

/** Marks someone as left: they can no longer sign in; their history stays. */
export async function deactivatePerson(ctx: Ctx, options: { personId: string; endDate?: string }) {
  assertCan(ctx.auth, 'people.manage');
  if (ctx.auth.kind === 'person' && ctx.auth.personId === options.personId)
    throw new AppError('conflict', 'You cannot deactivate yourself.');
  await updatePerson(ctx, {
    personId: options.personId,
    changes: { status: 'left', endDate: options.endDate ?? ctx.today() },
  });
}

async function invite(tx: ChangeCtx<Ctx>, personId: string, baseUrl: string) {
  const { auth } = tx;
  const person = await findInvitee(tx.db, personId);
  if (!person) throw notFound('Person');
  if (person.status === 'left') throw new AppError('conflict', 'This person has left the organisation.');
  if (person.password_hash) throw new AppError('conflict', 'This person already has an account.');
  const organisation = await tx.memo('people:organisation', () =>
    findOrganisation(tx.db.executor, tx.organisationId),
  );
  const inviterName = await tx.memo('people:inviter', async () => {
    const inviter = auth.kind === 'person' ? await findNameParts(tx.db, auth.personId) : undefined;
    return inviter ? displayName(inviter) : undefined;
  });
  await sendAuthLink(tx.db, {
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
  tx.record({ action: 'person.invited', subjectId: personId });
}

export async function invitePerson(ctx: Ctx, options: { personId: string; baseUrl: string }) {
  assertCan(ctx.auth, 'people.manage');
  await runChange(ctx, (tx) => invite(tx, options.personId, options.baseUrl));
}

/**
 * Invites everyone who cannot sign in yet and has no open invitation (in a unit, or everywhere),
 * so an organisation can open Groeipad team by team. All or nothing: one change.
 */
export async function inviteMany(
  ctx: Ctx,
  options: { orgUnitId?: string; includeSubunits: boolean; baseUrl: string },
): Promise<{ invited: number }> {
  assertCan(ctx.auth, 'people.manage');
  return runChange(ctx, async (tx) => {
    if (options.orgUnitId && !(await unitExists(tx.db, options.orgUnitId)))
      throw invalidField('orgUnitId', 'no such unit in this organisation', 'unknownReference');
    const people = await filteredPeople(tx.db, {
      status: 'current',
      account: 'none',
      orgUnitId: options.orgUnitId,
      includeSubunits: options.includeSubunits,
    })
      .select('people.id')
      .execute();
    for (const person of people) await invite(tx, person.id, options.baseUrl);
    return { invited: people.length };
  });
}

export async function setRoles(ctx: Ctx, options: { personId: string; roles: GrantableRole[] }) {
  const { auth } = ctx;
  const { personId } = options;
  const roles = [...new Set(options.roles)];
  assertCan(auth, 'people.manage');
  await runChange(ctx, async (tx) => {
    if (!(await personExists(tx.db, personId))) throw notFound('Person');
    const current = await rolesOf(tx.db, personId);
    const ownerChanges = current.includes('owner') !== roles.includes('owner');
    if (ownerChanges && !can(auth, 'roles.grant_owner'))
      throw invalidField('roles', 'only an owner can grant or take away owner', 'ownerOnly');
    assertMayGrant(auth, [
      ...roles.filter((role) => !current.includes(role)),
      ...current.filter((role) => !roles.includes(role)),
    ]);
    if (ownerChanges && !roles.includes('owner') && (await countOwners(tx.db)) <= 1)
      throw invalidField('roles', 'the organisation needs at least one owner', 'lastOwner');
    await replaceRoles(tx.db, personId, roles);
    tx.record({ action: 'person.roles_set', subjectId: personId, changes: { from: current, to: roles } });
    publishPeopleChanged(tx, [personId]);
  });
}
