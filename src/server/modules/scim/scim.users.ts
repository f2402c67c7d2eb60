import { type ScimPatchOperation, scimPatch } from 'scim-patch';
import { compileFilter, compileSorter } from 'scim-query-filter-parser';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { createPerson, deactivatePerson, updatePerson } from '../people/index.ts';
import { ScimError } from './scim.errors.ts';
import { enterpriseSchema, listResponse, presentUser, type ScimUser, versionOf } from './scim.presenter.ts';
import {
  findScimPerson,
  linkScimPerson,
  markScimDeleted,
  type ScimPersonRow,
  scimPeople,
  scimPeopleWhere,
  unitByName,
} from './scim.repository.ts';

type Json = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const record = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** Entra ID sends booleans as the strings "True" and "False". */
export function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

/** The fields of a SCIM User that Groeipad keeps, read leniently (IdPs differ in what they send). */
function readUser(body: Json) {
  const userName = text(body.userName);
  if (!userName) throw new ScimError(400, 'userName is required', 'invalidValue');
  const emails = Array.isArray(body.emails) ? (body.emails as Json[]) : [];
  const primary =
    emails.find((e) => booleanOf(e.primary)) ?? emails.find((e) => e.type === 'work') ?? emails[0];
  const email = text(primary?.value) ?? (userName.includes('@') ? userName : undefined);
  if (!email) throw new ScimError(400, 'emails: a work e-mail address is required', 'invalidValue');
  const name = record(body.name);
  const display = text(body.displayName)?.split(/\s+/) ?? [];
  const givenName = text(name.givenName) ?? display[0] ?? userName.split('@')[0]!;
  const familyName = text(name.familyName) ?? (display.slice(1).join(' ') || '-');
  const enterprise = record(body[enterpriseSchema]);
  const language = text(body.preferredLanguage)?.slice(0, 2).toLowerCase();
  const active = body.active === undefined ? true : booleanOf(body.active);
  if (active === undefined) throw new ScimError(400, 'active must be true or false', 'invalidValue');
  return {
    userName,
    externalId: text(body.externalId) ?? null,
    email: email.toLowerCase(),
    givenName,
    familyName,
    jobTitle: text(body.title) ?? null,
    locale: language === 'nl' || language === 'en' ? (language as 'nl' | 'en') : undefined,
    active,
    employeeNumber: text(enterprise.employeeNumber) ?? null,
    department: text(enterprise.department),
    managerId: text(record(enterprise.manager).value) ?? null,
  };
}

async function personChanges(ctx: Ctx, user: ReturnType<typeof readUser>) {
  const unit = user.department ? await unitByName(ctx.db, user.department) : undefined;
  return {
    email: user.email,
    givenName: user.givenName,
    familyName: user.familyName,
    familyNamePrefix: null,
    jobTitle: user.jobTitle,
    employeeNumber: user.employeeNumber,
    managerId: user.managerId,
    ...(user.locale ? { locale: user.locale } : {}),
    // A department with no unit of that name changes nothing (the unit is Groeipad's to shape).
    ...(unit ? { orgUnitId: unit.id } : {}),
  };
}

const baseOf = (base: string) => `${base}/scim/v2`;

async function userOrThrow(ctx: Ctx, personId: string): Promise<ScimPersonRow> {
  const row = /^[0-9a-f-]{36}$/i.test(personId) ? await findScimPerson(ctx.db, personId) : undefined;
  if (!row) throw new ScimError(404, `User ${personId} not found`);
  return row;
}

function checkVersion(row: ScimPersonRow, ifMatch: string | undefined) {
  if (
    ifMatch &&
    ifMatch !== '*' &&
    !ifMatch.split(',').some((tag) => tag.trim() === versionOf(row.updated_at))
  )
    throw new ScimError(412, 'The resource changed since that version (If-Match)');
}

export async function getUser(ctx: Ctx, base: string, personId: string) {
  return presentUser(await userOrThrow(ctx, personId), baseOf(base));
}

const quickFilter =
  /^\s*(userName|externalId|emails\.value|emails\[type eq "work"\]\.value)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i;

export async function listUsers(
  ctx: Ctx,
  base: string,
  query: { filter?: string; startIndex?: string; count?: string; sortBy?: string; sortOrder?: string },
) {
  const startIndex = Math.max(1, Number.parseInt(query.startIndex ?? '1', 10) || 1);
  const count = Math.min(1000, Math.max(0, Number.parseInt(query.count ?? '100', 10) || 0));
  const quick = query.filter ? quickFilter.exec(query.filter) : null;
  let rows: ScimPersonRow[];
  if (quick) {
    const field = quick[1]!.toLowerCase() === 'externalid' ? 'external_id' : 'email';
    rows = await scimPeopleWhere(ctx.db, field, JSON.parse(`"${quick[2]}"`));
  } else rows = await scimPeople(ctx.db).orderBy('people.created_at').orderBy('people.id').execute();
  let users: ScimUser[] = rows.map((row) => presentUser(row, baseOf(base)));
  if (query.filter && !quick) {
    let matches: (user: unknown) => boolean;
    try {
      matches = compileFilter(query.filter);
    } catch {
      throw new ScimError(400, `The filter ${query.filter} cannot be read`, 'invalidFilter');
    }
    users = users.filter(matches);
  }
  if (query.sortBy) {
    let sorter: (a: unknown, b: unknown) => number;
    try {
      sorter = compileSorter(query.sortBy);
    } catch {
      throw new ScimError(400, `Cannot sort by ${query.sortBy}`, 'invalidValue');
    }
    users.sort(sorter);
    if (query.sortOrder === 'descending') users.reverse();
  }
  return listResponse(users.slice(startIndex - 1, startIndex - 1 + count), users.length, startIndex);
}

export async function createUser(ctx: Ctx, base: string, body: Json) {
  const user = readUser(body);
  const personId = await runChange(ctx, async (tx) => {
    const id = await createPerson(tx, {
      input: { ...(await personChanges(tx, user)), status: user.active ? 'active' : 'left' },
      baseUrl: base,
    });
    await linkScimPerson(tx.db, { person_id: id, external_id: user.externalId, user_name: user.userName });
    return id;
  });
  return getUser(ctx, base, personId);
}

async function applyUser(ctx: Ctx, row: ScimPersonRow, user: ReturnType<typeof readUser>) {
  await runChange(ctx, async (tx) => {
    await linkScimPerson(tx.db, {
      person_id: row.id,
      external_id: user.externalId,
      user_name: user.userName,
    });
    await updatePerson(tx, { personId: row.id, changes: await personChanges(tx, user) });
    const wasActive = row.status !== 'left';
    if (wasActive && !user.active) await deactivatePerson(tx, { personId: row.id });
    if (!wasActive && user.active)
      await updatePerson(tx, { personId: row.id, changes: { status: 'active', endDate: null } });
  });
}

/** PUT: the whole User replaced (Okta's way of updating). */
export async function replaceUser(ctx: Ctx, base: string, personId: string, body: Json, ifMatch?: string) {
  const row = await userOrThrow(ctx, personId);
  checkVersion(row, ifMatch);
  await applyUser(ctx, row, readUser(body));
  return getUser(ctx, base, personId);
}

/** Entra ID writes `Replace`/`Add` and sends "False" for false; scim-patch wants the RFC's spelling. */
function normalise(operations: unknown): ScimPatchOperation[] {
  if (!Array.isArray(operations) || !operations.length)
    throw new ScimError(400, 'Operations must be a non-empty list', 'invalidSyntax');
  return operations.map((raw) => {
    const operation = record(raw);
    const op = String(operation.op ?? '').toLowerCase();
    if (!['add', 'replace', 'remove'].includes(op))
      throw new ScimError(400, `op ${String(operation.op)} is not add, replace or remove`, 'invalidSyntax');
    let value = operation.value;
    const path = text(operation.path);
    if (path?.toLowerCase() === 'active') value = booleanOf(value) ?? value;
    else if (!path && value && typeof value === 'object' && 'active' in (value as Json))
      value = { ...(value as Json), active: booleanOf((value as Json).active) ?? (value as Json).active };
    return { op, ...(path ? { path } : {}), ...(value === undefined ? {} : { value }) } as ScimPatchOperation;
  });
}

export async function patchUser(ctx: Ctx, base: string, personId: string, body: Json, ifMatch?: string) {
  const row = await userOrThrow(ctx, personId);
  checkVersion(row, ifMatch);
  const current = presentUser(row, baseOf(base));
  let patched: Json;
  try {
    patched = scimPatch(structuredClone(current) as never, normalise(body.Operations)) as Json;
  } catch (error) {
    if (error instanceof ScimError) throw error;
    throw new ScimError(
      400,
      error instanceof Error ? error.message : 'The patch cannot be applied',
      'invalidPath',
    );
  }
  await applyUser(ctx, row, readUser(patched));
  return getUser(ctx, base, personId);
}

/** DELETE: the person leaves (their history stays); SCIM no longer finds them. */
export async function deleteUser(ctx: Ctx, personId: string) {
  const row = await userOrThrow(ctx, personId);
  await runChange(ctx, async (tx) => {
    if (row.status !== 'left') await deactivatePerson(tx, { personId });
    await linkScimPerson(tx.db, {
      person_id: personId,
      external_id: row.external_id,
      user_name: row.user_name ?? row.email,
    });
    await markScimDeleted(tx.db, personId, tx.now());
  });
}
