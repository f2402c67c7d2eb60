import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { canSeeHrFields, listPeople, presentPerson } from '../people/index.ts';
import { presentOrgUnit } from './org-units.presenter.ts';
import { listUnitsWithCounts } from './org-units.repository.ts';

/** Every unit, flat, with head and head counts. */
export async function listUnits(ctx: Ctx) {
  assertCan(ctx.auth, 'people.read');
  return (await listUnitsWithCounts(ctx.db)).map(presentOrgUnit);
}

/** One unit with its counts (the answer to a change, so no permission of its own). */
export async function unitView(ctx: Ctx, unitId: string) {
  const unit = (await listUnitsWithCounts(ctx.db)).find((u) => u.id === unitId);
  if (!unit) throw notFound('Unit');
  return presentOrgUnit(unit);
}

/** Org chart of one unit: the unit, its sub-units and its current members. */
export async function unitChart(ctx: Ctx, unitId: string) {
  assertCan(ctx.auth, 'people.read');
  const units = await listUnitsWithCounts(ctx.db);
  const unit = units.find((u) => u.id === unitId);
  if (!unit) throw notFound('Unit');
  const { rows } = await listPeople(ctx.db, {
    orgUnitId: unit.id,
    includeSubunits: false,
    status: 'current',
    sort: 'name',
    page: 1,
    pageSize: 200,
  });
  return {
    unit: presentOrgUnit(unit),
    subunits: units.filter((u) => u.parent_id === unit.id).map(presentOrgUnit),
    members: rows.map((row) => presentPerson(row, { withHrFields: canSeeHrFields(ctx.auth, row) })),
  };
}
