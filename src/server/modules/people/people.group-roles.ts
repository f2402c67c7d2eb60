import type { ChangeCtx } from '../../core/change.ts';
import type { GrantableRole } from '../../db/schema.ts';
import { diff } from '../audit/index.ts';
import { publishPeopleChanged } from './people.events.ts';
import {
  countOwners,
  lockPerson,
  personExists,
  replaceRoles,
  rolesOf,
  unitExists,
  updatePersonColumns,
} from './people.repository.ts';

/**
 * Roles that follow an identity-provider group (SCIM membership or the groups of an SSO sign-in). The
 * owner chose the mapping on Koppelingen, so this is the owner's grant carried out by the integration:
 * unlike `setRoles` an admin role may come this way. The organisation's last owner is never taken
 * away (kept, and the answer says so). Runs inside the caller's change; audited as `person.roles_set`.
 */
export async function applyGroupRoles(
  tx: ChangeCtx,
  change: { personId: string; grant: readonly GrantableRole[]; revoke: readonly GrantableRole[] },
): Promise<{ keptLastOwner: boolean }> {
  const { personId } = change;
  if (!change.grant.length && !change.revoke.length) return { keptLastOwner: false };
  if (!(await personExists(tx.db, personId))) return { keptLastOwner: false };
  const current = await rolesOf(tx.db, personId);
  let revoke = change.revoke.filter((role) => current.includes(role) && !change.grant.includes(role));
  let keptLastOwner = false;
  if (revoke.includes('owner') && (await countOwners(tx.db)) <= 1) {
    revoke = revoke.filter((role) => role !== 'owner');
    keptLastOwner = true;
  }
  const roles = [
    ...current.filter((role) => !revoke.includes(role)),
    ...change.grant.filter((role) => !current.includes(role)),
  ];
  if (roles.length === current.length && roles.every((role) => current.includes(role)))
    return { keptLastOwner };
  await replaceRoles(tx.db, personId, [...new Set(roles)]);
  tx.record({
    action: 'person.roles_set',
    subjectId: personId,
    changes: { from: current, to: roles, via: 'identity_provider_group' },
  });
  publishPeopleChanged(tx, [personId]);
  return { keptLastOwner };
}

/** The unit a group mapped to a unit gives its new member (also at an SSO sign-in, without a person acting). */
export async function placeInGroupUnit(tx: ChangeCtx, personId: string, unitId: string) {
  const before = await lockPerson(tx.db, personId);
  if (!before || before.org_unit_id === unitId || !(await unitExists(tx.db, unitId))) return;
  await updatePersonColumns(tx.db, personId, { org_unit_id: unitId }, tx.now());
  tx.record({
    action: 'person.updated',
    subjectId: personId,
    changes: diff(before as unknown as Record<string, unknown>, { org_unit_id: unitId }),
  });
  publishPeopleChanged(tx, [personId]);
}
