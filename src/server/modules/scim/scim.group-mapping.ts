import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { GrantableRole } from '../../db/schema.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { placeInGroupUnit } from '../people/index.ts';
import { groupsWithCounts, memberIdsOf, setGroupMappingColumns } from './scim.group-roles.repository.ts';
import { syncGroupRoles } from './scim.group-roles.ts';
import { findScimGroup, unitExistsById } from './scim.repository.ts';

type GroupRow = Awaited<ReturnType<typeof groupsWithCounts>>[number];

const present = (row: GroupRow) => ({
  id: row.id,
  displayName: row.display_name,
  externalId: row.external_id,
  role: row.role,
  orgUnitId: row.org_unit_id,
  orgUnitName: row.org_unit_name,
  memberCount: Number(row.member_count ?? 0),
  mappedAt: row.mapped_at ? new Date(row.mapped_at).toISOString() : null,
});

/** The identity provider's groups (as SCIM sent them) with what each maps to; the owner only. */
export async function listGroupMappings(ctx: Ctx) {
  assertCan(ctx.auth, 'api_tokens.manage');
  return (await groupsWithCounts(ctx.db)).map(present);
}

/**
 * The owner maps a group to a role and/or a unit. The members get the role at once (and lose the
 * group's previous role unless another group gives it; never the last owner) and are placed in the unit.
 */
export async function setGroupMapping(
  ctx: Ctx,
  groupId: string,
  input: { role: GrantableRole | null; orgUnitId: string | null },
) {
  assertCan(ctx.auth, 'api_tokens.manage');
  await runChange(ctx, async (tx) => {
    const group = await findScimGroup(tx.db, groupId);
    if (!group) throw notFound('Group');
    if (input.orgUnitId && !(await unitExistsById(tx.db, input.orgUnitId)))
      throw invalidField('orgUnitId', 'no such unit in this organisation', 'unknownReference');
    const members = await memberIdsOf(tx.db, groupId);
    await syncGroupRoles(tx, members, () =>
      setGroupMappingColumns(tx.db, groupId, {
        role: input.role,
        org_unit_id: input.orgUnitId,
        mapped_by: personIdOf(tx.auth),
        mapped_at: tx.now(),
      }),
    );
    if (input.orgUnitId && input.orgUnitId !== group.org_unit_id)
      for (const personId of members) await placeInGroupUnit(tx, personId, input.orgUnitId);
    tx.record({
      action: 'scim_group.mapped',
      subjectId: groupId,
      changes: {
        role: { from: group.role, to: input.role },
        orgUnitId: { from: group.org_unit_id, to: input.orgUnitId },
      },
    });
  });
  const row = (await groupsWithCounts(ctx.db)).find((group) => group.id === groupId);
  return present(row!);
}
