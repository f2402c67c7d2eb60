import { compileFilter } from 'scim-query-filter-parser';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { updatePerson } from '../people/index.ts';
import { ScimError } from './scim.errors.ts';
import { memberIdsOf } from './scim.group-roles.repository.ts';
import { syncGroupRoles } from './scim.group-roles.ts';
import { listResponse, presentGroup } from './scim.presenter.ts';
import {
  deleteScimGroup,
  existingPeople,
  findScimGroup,
  insertScimGroup,
  membersOf,
  replaceMembers,
  type ScimGroupRow,
  scimGroups,
  updateScimGroup,
} from './scim.repository.ts';

type Json = Record<string, unknown>;
const baseOf = (base: string) => `${base}/scim/v2`;

async function present(ctx: Ctx, base: string, rows: ScimGroupRow[], withMembers = true) {
  const members = withMembers
    ? await membersOf(
        ctx.db,
        rows.map((row) => row.id),
      )
    : [];
  return rows.map((row) =>
    presentGroup(
      row,
      members.filter((member) => member.group_id === row.id),
      baseOf(base),
    ),
  );
}

async function groupOrThrow(ctx: Ctx, groupId: string) {
  const row = /^[0-9a-f-]{36}$/i.test(groupId) ? await findScimGroup(ctx.db, groupId) : undefined;
  if (!row) throw new ScimError(404, `Group ${groupId} not found`);
  return row;
}

export async function getGroup(ctx: Ctx, base: string, groupId: string) {
  return (await present(ctx, base, [await groupOrThrow(ctx, groupId)]))[0]!;
}

export async function listGroups(
  ctx: Ctx,
  base: string,
  query: { filter?: string; startIndex?: string; count?: string; excludedAttributes?: string },
) {
  const startIndex = Math.max(1, Number.parseInt(query.startIndex ?? '1', 10) || 1);
  const count = Math.min(1000, Math.max(0, Number.parseInt(query.count ?? '100', 10) || 0));
  let groups = await present(
    ctx,
    base,
    await scimGroups(ctx.db),
    !query.excludedAttributes?.includes('members'),
  );
  if (query.filter) {
    try {
      groups = groups.filter(compileFilter(query.filter));
    } catch {
      throw new ScimError(400, `The filter ${query.filter} cannot be read`, 'invalidFilter');
    }
  }
  return listResponse(groups.slice(startIndex - 1, startIndex - 1 + count), groups.length, startIndex);
}

const memberIds = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).flatMap((member) =>
    member && typeof member === 'object' && typeof (member as Json).value === 'string'
      ? [(member as Json).value as string]
      : [],
  );

/** Members must be people of this organisation; a group mapped to a unit places them in it. */
async function setMembers(ctx: ChangeCtx<Ctx>, group: ScimGroupRow, personIds: string[]) {
  const valid = personIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const known = await existingPeople(ctx.db, valid);
  const unknown = personIds.find((id) => !known.has(id));
  if (unknown) throw new ScimError(400, `members: no user ${unknown}`, 'invalidValue');
  const before = new Set((await membersOf(ctx.db, [group.id])).map((member) => member.id));
  // Joining or leaving a group mapped to a role grants or takes away that role (scim.group-roles.ts).
  await syncGroupRoles(ctx, [...before, ...personIds], () => replaceMembers(ctx.db, group.id, personIds));
  if (group.org_unit_id)
    for (const personId of personIds.filter((id) => !before.has(id)))
      await updatePerson(ctx, { personId, changes: { orgUnitId: group.org_unit_id } });
}

export async function createGroup(ctx: Ctx, base: string, body: Json) {
  const displayName = typeof body.displayName === 'string' ? body.displayName.trim() : '';
  if (!displayName) throw new ScimError(400, 'displayName is required', 'invalidValue');
  const id = await runChange(ctx, async (tx) => {
    const taken = (await scimGroups(tx.db)).some(
      (g) => g.display_name.toLowerCase() === displayName.toLowerCase(),
    );
    if (taken) throw new ScimError(409, `A group named ${displayName} exists`, 'uniqueness');
    const group = await insertScimGroup(tx.db, {
      display_name: displayName,
      external_id: typeof body.externalId === 'string' ? body.externalId : null,
      org_unit_id: null,
      role: null,
    });
    await setMembers(tx, group, memberIds(body.members ?? []));
    return group.id;
  });
  return getGroup(ctx, base, id);
}

export async function replaceGroup(ctx: Ctx, base: string, groupId: string, body: Json) {
  await runChange(ctx, async (tx) => {
    const group = await groupOrThrow(tx, groupId);
    const displayName = typeof body.displayName === 'string' ? body.displayName.trim() : group.display_name;
    await updateScimGroup(tx.db, groupId, {
      display_name: displayName,
      external_id: typeof body.externalId === 'string' ? body.externalId : group.external_id,
      updated_at: tx.now(),
    });
    await setMembers(tx, group, memberIds(body.members ?? []));
  });
  return getGroup(ctx, base, groupId);
}

/** PATCH as Entra and Okta send it: add/remove members, replace displayName (also path-less). */
export async function patchGroup(ctx: Ctx, base: string, groupId: string, body: Json) {
  const operations = Array.isArray(body.Operations) ? (body.Operations as Json[]) : [];
  if (!operations.length) throw new ScimError(400, 'Operations must be a non-empty list', 'invalidSyntax');
  await runChange(ctx, async (tx) => {
    const group = await groupOrThrow(tx, groupId);
    const members = new Set((await membersOf(tx.db, [groupId])).map((member) => member.id));
    let displayName = group.display_name;
    for (const operation of operations) {
      const op = String(operation.op ?? '').toLowerCase();
      const path = typeof operation.path === 'string' ? operation.path : '';
      if (!['add', 'replace', 'remove'].includes(op))
        throw new ScimError(400, `op ${String(operation.op)} is not add, replace or remove`, 'invalidSyntax');
      const removeOne = /^members\[value eq "([^"]+)"\]$/i.exec(path);
      if (op === 'remove' && removeOne) members.delete(removeOne[1]!);
      else if (path.toLowerCase() === 'members') {
        if (op === 'replace') members.clear();
        for (const id of memberIds(operation.value)) op === 'remove' ? members.delete(id) : members.add(id);
        if (op === 'remove' && operation.value === undefined) members.clear();
      } else if (path.toLowerCase() === 'displayname' && typeof operation.value === 'string')
        displayName = operation.value.trim();
      else if (!path && operation.value && typeof operation.value === 'object') {
        const value = operation.value as Json;
        if (typeof value.displayName === 'string') displayName = value.displayName.trim();
        if (value.members !== undefined) for (const id of memberIds(value.members)) members.add(id);
      } else if (path && !/^externalId$/i.test(path))
        throw new ScimError(400, `Cannot patch ${path}`, 'invalidPath');
    }
    await updateScimGroup(tx.db, groupId, {
      display_name: displayName || group.display_name,
      external_id: group.external_id,
      updated_at: tx.now(),
    });
    await setMembers(tx, group, [...members]);
  });
  return getGroup(ctx, base, groupId);
}

export async function deleteGroup(ctx: Ctx, groupId: string) {
  await runChange(ctx, async (tx) => {
    await groupOrThrow(tx, groupId);
    await syncGroupRoles(tx, await memberIdsOf(tx.db, groupId), () => deleteScimGroup(tx.db, groupId));
  });
}
