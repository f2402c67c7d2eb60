import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { diff } from '../audit/index.ts';
import './org-units.events.ts';
import {
  deleteUnit,
  insertUnit,
  isCodeTaken,
  isUnitInUse,
  lockUnit,
  personExists,
  unitAncestors,
  unitExists,
  updateUnitColumns,
} from './org-units.repository.ts';
import type { OrgUnitChanges } from './org-units.schemas.ts';

async function validate(tenant: TenantDb, input: OrgUnitChanges, unitId?: string) {
  const errors: FieldError[] = [];
  if (input.parentId) {
    if (!(await unitExists(tenant, input.parentId)))
      errors.push({
        field: 'parentId',
        message: 'no such unit in this organisation',
        code: 'unknownReference',
      });
    else if (
      unitId &&
      (input.parentId === unitId || (await unitAncestors(tenant, input.parentId)).includes(unitId))
    )
      errors.push({ field: 'parentId', message: 'would place the unit inside itself', code: 'unitCycle' });
  }
  if (input.headId && !(await personExists(tenant, input.headId)))
    errors.push({
      field: 'headId',
      message: 'no such person in this organisation',
      code: 'unknownReference',
    });
  if (input.code && (await isCodeTaken(tenant, input.code, unitId)))
    errors.push({ field: 'code', message: 'is already used by another unit', code: 'taken' });
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
}

const columnsOf = (input: OrgUnitChanges) =>
  Object.fromEntries(
    Object.entries({
      name: input.name,
      code: input.code,
      kind: input.kind,
      parent_id: input.parentId,
      head_id: input.headId,
    }).filter(([, value]) => value !== undefined),
  );

export async function createOrgUnit(ctx: Ctx, input: OrgUnitChanges & { name: string }) {
  assertCan(ctx.auth, 'org_units.manage');
  return runChange(ctx, async (tx) => {
    await validate(tx.db, input);
    const id = await insertUnit(tx.db, { ...columnsOf(input), name: input.name });
    tx.record({ action: 'org_unit.created', subjectId: id, changes: columnsOf(input) });
    return id;
  });
}

export async function updateOrgUnit(ctx: Ctx, unitId: string, input: OrgUnitChanges) {
  assertCan(ctx.auth, 'org_units.manage');
  await runChange(ctx, async (tx) => {
    const before = await lockUnit(tx.db, unitId);
    if (!before) throw notFound('Unit');
    await validate(tx.db, input, unitId);
    const columns = columnsOf(input);
    if (Object.keys(columns).length === 0) return;
    await updateUnitColumns(tx.db, unitId, columns, tx.now());
    tx.record({
      action: 'org_unit.updated',
      subjectId: unitId,
      changes: diff(before as unknown as Record<string, unknown>, columns),
    });
  });
}

/** Only an empty unit can go: people and sub-units must move first, so nothing is orphaned silently. */
export async function deleteOrgUnit(ctx: Ctx, unitId: string) {
  assertCan(ctx.auth, 'org_units.manage');
  await runChange(ctx, async (tx) => {
    const unit = await lockUnit(tx.db, unitId);
    if (!unit) throw notFound('Unit');
    if (await isUnitInUse(tx.db, unitId))
      throw new AppError('conflict', 'Move the people and sub-units of this unit first.');
    await deleteUnit(tx.db, unitId);
    tx.record({ action: 'org_unit.deleted', subjectId: unitId, changes: { name: unit.name } });
  });
}
