import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

export type OrgUnitTreeRow = {
  id: string;
  parent_id: string | null;
  name: string;
  code: string | null;
  kind: 'organisation' | 'division' | 'department' | 'team';
  head_id: string | null;
  head_name: string | null;
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
      concat_ws(' ', h.given_name, h.family_name_prefix, h.family_name) AS head_name,
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
