import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { diff, recordEvent } from '../audit/index.ts';
import { unitAncestors } from './org-units.repository.ts';
import type { OrgUnitChanges } from './org-units.schemas.ts';

async function validate(tenant: TenantDb, input: OrgUnitChanges, unitId?: string) {
  const errors: FieldError[] = [];
  if (input.parentId) {
    const parent = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('id', '=', input.parentId)
      .executeTakeFirst();
    if (!parent)
      errors.push({
        field: 'parentId',
        message: 'no such unit in this organisation',
        code: 'unknownReference',
      });
    else if (
      unitId &&
      (input.parentId === unitId || (await unitAncestors(tenant, input.parentId)).includes(unitId))
    ) {
      errors.push({ field: 'parentId', message: 'would place the unit inside itself', code: 'unitCycle' });
    }
  }
  if (input.headId) {
    const head = await tenant
      .selectFrom('people')
      .select('id')
      .where('id', '=', input.headId)
      .executeTakeFirst();
    if (!head)
      errors.push({
        field: 'headId',
        message: 'no such person in this organisation',
        code: 'unknownReference',
      });
  }
  if (input.code) {
    let query = tenant
      .selectFrom('org_units')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['code']), '=', input.code!.toLowerCase()));
    if (unitId) query = query.where('id', '<>', unitId);
    if (await query.executeTakeFirst())
      errors.push({ field: 'code', message: 'is already used by another unit', code: 'taken' });
  }
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

export async function createOrgUnit(db: Db, auth: Auth, input: OrgUnitChanges & { name: string }) {
  return forOrganisation(db, auth.organisationId).transaction(async (tenant) => {
    await validate(tenant, input);
    const row = await tenant
      .insertInto('org_units', { ...columnsOf(input), name: input.name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, auth, {
      action: 'org_unit.created',
      subjectType: 'org_unit',
      subjectId: row.id,
      changes: columnsOf(input),
    });
    return row.id;
  });
}

export async function updateOrgUnit(db: Db, auth: Auth, unitId: string, input: OrgUnitChanges) {
  await forOrganisation(db, auth.organisationId).transaction(async (tenant) => {
    const before = await tenant
      .selectFrom('org_units')
      .selectAll()
      .where('id', '=', unitId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('Unit');
    await validate(tenant, input, unitId);
    const columns = columnsOf(input);
    if (Object.keys(columns).length === 0) return;
    await tenant
      .updateTable('org_units')
      .set({ ...columns, updated_at: new Date() })
      .where('id', '=', unitId)
      .execute();
    await recordEvent(tenant, auth, {
      action: 'org_unit.updated',
      subjectType: 'org_unit',
      subjectId: unitId,
      changes: diff(before as unknown as Record<string, unknown>, columns),
    });
  });
}

/** Only an empty unit can go: people and sub-units must move first, so nothing is orphaned silently. */
export async function deleteOrgUnit(db: Db, auth: Auth, unitId: string) {
  await forOrganisation(db, auth.organisationId).transaction(async (tenant) => {
    const unit = await tenant
      .selectFrom('org_units')
      .selectAll()
      .where('id', '=', unitId)
      .forUpdate()
      .executeTakeFirst();
    if (!unit) throw notFound('Unit');
    const [child, member] = await Promise.all([
      tenant.selectFrom('org_units').select('id').where('parent_id', '=', unitId).limit(1).executeTakeFirst(),
      tenant.selectFrom('people').select('id').where('org_unit_id', '=', unitId).limit(1).executeTakeFirst(),
    ]);
    if (child || member) throw new AppError('conflict', 'Move the people and sub-units of this unit first.');
    await tenant.deleteFrom('org_units').where('id', '=', unitId).execute();
    await recordEvent(tenant, auth, {
      action: 'org_unit.deleted',
      subjectType: 'org_unit',
      subjectId: unitId,
      changes: { name: unit.name },
    });
  });
}
