import { sql } from 'kysely';
import type { OrgUnitKind } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

export type OrgUnitTreeRow = {
  id: string;
  parent_id: string | null;
  name: string;
  code: string | null;
  kind: 'organisation' | 'division' | 'department' | 'team';
  head_id: string | null;
  head_given_name: string | null;
  head_family_name_prefix: string | null;
  head_family_name: string | null;
  headcount: number;
  total_headcount: number;
};

/** Every unit with its head and head counts; the total counts people in all units below as well. */
export async function listUnitsWithCounts(tenant: TenantDb): Promise<OrgUnitTreeRow[]> {
  const org = tenant.organisationId;
  const result = await sql<OrgUnitTreeRow>`
    WITH RECURSIVE direct AS (
      SELECT org_unit_id AS id, count(*)::int AS headcount FROM people
      WHERE organisation_id = ${org} AND status <> 'left' AND org_unit_id IS NOT NULL GROUP BY org_unit_id
    ), ancestry(unit_id, ancestor_id) AS (
      SELECT id, id FROM org_units WHERE organisation_id = ${org}
      UNION ALL
      SELECT ancestry.unit_id, u.parent_id FROM ancestry
      JOIN org_units u ON u.organisation_id = ${org} AND u.id = ancestry.ancestor_id
      WHERE u.parent_id IS NOT NULL
    ), totals AS (
      SELECT ancestry.ancestor_id AS id, sum(coalesce(direct.headcount, 0))::int AS total
      FROM ancestry LEFT JOIN direct ON direct.id = ancestry.unit_id GROUP BY ancestry.ancestor_id
    )
    SELECT u.id, u.parent_id, u.name, u.code, u.kind, u.head_id,
      h.given_name AS head_given_name, h.family_name_prefix AS head_family_name_prefix,
      h.family_name AS head_family_name,
      coalesce(direct.headcount, 0) AS headcount, coalesce(totals.total, 0) AS total_headcount
    FROM org_units u
    LEFT JOIN people h ON h.organisation_id = u.organisation_id AND h.id = u.head_id
    LEFT JOIN direct ON direct.id = u.id
    LEFT JOIN totals ON totals.id = u.id
    WHERE u.organisation_id = ${org}
    ORDER BY u.name`.execute(tenant.executor);
  return result.rows;
}

/** Ids of a unit's ancestors, nearest first. */
export async function unitAncestors(tenant: TenantDb, unitId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT parent_id, 1 FROM org_units WHERE organisation_id = ${tenant.organisationId} AND id = ${unitId}
      UNION ALL
      SELECT u.parent_id, up.depth + 1 FROM org_units u JOIN up ON u.id = up.id
      WHERE u.organisation_id = ${tenant.organisationId} AND up.depth < 50
    ) SELECT id FROM up WHERE id IS NOT NULL ORDER BY depth`.execute(tenant.executor);
  return result.rows.map((row) => row.id);
}

export async function unitExists(tenant: TenantDb, unitId: string) {
  return Boolean(
    await tenant.selectFrom('org_units').select('id').where('id', '=', unitId).executeTakeFirst(),
  );
}

export async function personExists(tenant: TenantDb, personId: string) {
  return Boolean(
    await tenant.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst(),
  );
}

/** Whether another unit has this code already (codes are compared without case). */
export async function isCodeTaken(tenant: TenantDb, code: string, exceptId?: string) {
  let query = tenant
    .selectFrom('org_units')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Boolean(await query.executeTakeFirst());
}

/** The unit's row, held until commit. */
export function lockUnit(tenant: TenantDb, unitId: string) {
  return tenant.selectFrom('org_units').selectAll().where('id', '=', unitId).forUpdate().executeTakeFirst();
}

type UnitColumns = Partial<{
  name: string;
  code: string | null;
  kind: OrgUnitKind;
  parent_id: string | null;
  head_id: string | null;
}>;

export async function insertUnit(tenant: TenantDb, columns: UnitColumns & { name: string }) {
  const row = await tenant.insertInto('org_units', columns).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnitColumns(tenant: TenantDb, unitId: string, columns: UnitColumns, at: Date) {
  await tenant
    .updateTable('org_units')
    .set({ ...columns, updated_at: at })
    .where('id', '=', unitId)
    .execute();
}

/** Whether anything still hangs on the unit: a sub-unit or a person. */
export async function isUnitInUse(tenant: TenantDb, unitId: string) {
  const [child, member] = await Promise.all([
    tenant.selectFrom('org_units').select('id').where('parent_id', '=', unitId).limit(1).executeTakeFirst(),
    tenant.selectFrom('people').select('id').where('org_unit_id', '=', unitId).limit(1).executeTakeFirst(),
  ]);
  return Boolean(child || member);
}

export async function deleteUnit(tenant: TenantDb, unitId: string) {
  await tenant.deleteFrom('org_units').where('id', '=', unitId).execute();
}

export async function countUnits(tenant: TenantDb) {
  const row = await tenant
    .selectFrom('org_units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type NewUnit = {
  id: string;
  code: string | null;
  name: string;
  parent_id: string | null;
  kind: OrgUnitKind;
};
export type UnitUpdate = { id: string; name: string; parent_id: string | null };

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);

/**
 * Writes many units at once (an HR import), one statement per kind of change. Foreign keys are checked
 * at the end of each statement, so parents and children go in together.
 */
export async function writeUnits(
  tenant: TenantDb,
  changes: { create: readonly NewUnit[]; update: readonly UnitUpdate[] },
) {
  const org = tenant.organisationId;
  const { create, update } = changes;
  if (create.length)
    await sql`
      INSERT INTO org_units (organisation_id, id, code, name, parent_id, kind)
      SELECT ${org}::uuid, v.* FROM unnest(
        ${column(create, 'id')}::uuid[], ${column(create, 'code')}::text[], ${column(create, 'name')}::text[],
        ${column(create, 'parent_id')}::uuid[], ${column(create, 'kind')}::text[]
      ) AS v(id, code, name, parent_id, kind)`.execute(tenant.executor);
  if (update.length)
    await sql`
      UPDATE org_units u SET name = v.name, parent_id = v.parent_id, updated_at = now()
      FROM unnest(
        ${column(update, 'id')}::uuid[], ${column(update, 'name')}::text[], ${column(update, 'parent_id')}::uuid[]
      ) AS v(id, name, parent_id)
      WHERE u.organisation_id = ${org} AND u.id = v.id`.execute(tenant.executor);
}
