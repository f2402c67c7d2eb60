import type { ChangeCtx } from '../../core/change.ts';
import type { GrantableRole } from '../../db/schema.ts';
import { applyGroupRoles, placeInGroupUnit } from '../people/index.ts';
import {
  addMembership,
  groupIdsOfPerson,
  groupRolesOf,
  groupsNamed,
  removeMembership,
} from './scim.group-roles.repository.ts';

/**
 * Runs `change` (which alters group memberships or mappings) and then brings these people's roles in
 * line: a role they now hold through a group is granted, a role no group gives them any more is taken
 * away (never from the organisation's last owner). Roles granted by hand that no group ever gave stay.
 */
export async function syncGroupRoles<R>(
  tx: ChangeCtx,
  personIds: readonly string[],
  change: () => Promise<R>,
): Promise<R> {
  const people = [...new Set(personIds)];
  const before = await groupRolesOf(tx.db, people);
  const result = await change();
  const after = await groupRolesOf(tx.db, people);
  for (const personId of people) {
    const was = before.get(personId) ?? new Set<GrantableRole>();
    const now = after.get(personId) ?? new Set<GrantableRole>();
    const grant = [...now].filter((role) => !was.has(role));
    const revoke = [...was].filter((role) => !now.has(role));
    const { keptLastOwner } = await applyGroupRoles(tx, { personId, grant, revoke });
    if (keptLastOwner)
      tx.log.warn({ personId }, 'SCIM group change would take away the last owner: owner kept');
  }
  return result;
}

/**
 * The groups an SSO sign-in names (the connection's groups claim): the person becomes a member of
 * exactly the known groups named, with the roles and unit those groups carry. Names of groups
 * Groeipad does not know are ignored (groups come from SCIM or are made there first).
 */
export async function applySignInGroups(tx: ChangeCtx, personId: string, values: readonly string[]) {
  const named = await groupsNamed(tx.db, values);
  const wanted = new Set(named.map((group) => group.id));
  const current = new Set(await groupIdsOfPerson(tx.db, personId));
  const add = [...wanted].filter((id) => !current.has(id));
  const remove = [...current].filter((id) => !wanted.has(id));
  if (!add.length && !remove.length) return;
  await syncGroupRoles(tx, [personId], async () => {
    await addMembership(tx.db, add, personId);
    await removeMembership(tx.db, remove, personId);
  });
  const unit = named.find((group) => add.includes(group.id) && group.org_unit_id)?.org_unit_id;
  if (unit) await placeInGroupUnit(tx, personId, unit);
  tx.record({ action: 'scim_group.signin_memberships', subjectId: personId, changes: { add, remove } });
}
