import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { Role } from '../access/index.ts';

/** The person's own unit and every unit above it: an audience "unit" includes its sub-units. */
export async function unitLineOf(tenant: TenantDb, personId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE line AS (
      SELECT u.id, u.parent_id, 1 AS depth FROM org_units u
        JOIN people p ON p.organisation_id = u.organisation_id AND p.id = ${personId} AND p.org_unit_id = u.id
       WHERE u.organisation_id = ${tenant.organisationId}
      UNION ALL
      SELECT u.id, u.parent_id, line.depth + 1 FROM org_units u
        JOIN line ON u.id = line.parent_id
       WHERE u.organisation_id = ${tenant.organisationId} AND line.depth < 50
    )
    SELECT id FROM line`.execute(tenant.executor);
  return result.rows.map((row) => row.id);
}

/** A unit and all units below it. */
export async function unitSubtree(tenant: TenantDb, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const result = await sql<{ id: string }>`
    WITH RECURSIVE tree AS (
      SELECT id, 1 AS depth FROM org_units
       WHERE organisation_id = ${tenant.organisationId} AND id = ANY(${sql.val(unitIds)}::uuid[])
      UNION ALL
      SELECT u.id, tree.depth + 1 FROM org_units u JOIN tree ON u.parent_id = tree.id
       WHERE u.organisation_id = ${tenant.organisationId} AND tree.depth < 50
    )
    SELECT DISTINCT id FROM tree`.execute(tenant.executor);
  return result.rows.map((row) => row.id);
}

export type AudienceRule = {
  kind: 'everyone' | 'units' | 'roles' | 'units_and_roles';
  unitIds: string[];
  roles: string[];
};
const byUnit = (rule: AudienceRule) => rule.kind === 'units' || rule.kind === 'units_and_roles';
const byRole = (rule: AudienceRule) => rule.kind === 'roles' || rule.kind === 'units_and_roles';

/** Whether one person falls in an audience, given their unit line and roles. */
export function isInAudience(rule: AudienceRule, person: { unitLine: string[]; roles: ReadonlySet<Role> }) {
  if (byUnit(rule) && !rule.unitIds.some((id) => person.unitLine.includes(id))) return false;
  if (byRole(rule) && !rule.roles.some((role) => person.roles.has(role as Role))) return false;
  return true;
}

/** Everyone (not left) in an audience, with their unit: for reach figures and notifications. */
export async function audienceMembers(
  tenant: TenantDb,
  rule: AudienceRule,
): Promise<{ id: string; org_unit_id: string | null }[]> {
  let query = tenant
    .selectFrom('people')
    .select(['people.id', 'people.org_unit_id'])
    .where('people.status', '<>', 'left');
  if (byUnit(rule)) {
    const units = await unitSubtree(tenant, rule.unitIds);
    if (units.length === 0) return [];
    query = query.where('people.org_unit_id', 'in', units);
  }
  // Everyone is an employee: that role alone does not narrow the audience.
  if (byRole(rule) && !rule.roles.includes('employee')) {
    const granted = rule.roles.filter((role) => role !== 'manager');
    const orgId = tenant.organisationId;
    query = query.where((eb) =>
      eb.or([
        ...(granted.length
          ? [
              eb.exists(
                eb
                  .selectFrom('person_roles as r')
                  .select('r.person_id')
                  .where('r.organisation_id', '=', orgId)
                  .whereRef('r.person_id', '=', 'people.id')
                  .where('r.role', 'in', granted as never[]),
              ),
            ]
          : []),
        ...(rule.roles.includes('manager')
          ? [
              eb.exists(
                eb
                  .selectFrom('people as report')
                  .select('report.id')
                  .where('report.organisation_id', '=', orgId)
                  .whereRef('report.manager_id', '=', 'people.id')
                  .where('report.status', '<>', 'left'),
              ),
            ]
          : []),
        eb.lit(false),
      ]),
    );
  }
  return query.execute();
}

/** A unit and the units above it, with their heads: who may write the unit's team goals. */
export async function unitWithAncestors(tenant: TenantDb, unitId: string) {
  const result = await sql<{ id: string; head_id: string | null; name: string }>`
    WITH RECURSIVE line AS (
      SELECT id, parent_id, head_id, name, 1 AS depth FROM org_units
       WHERE organisation_id = ${tenant.organisationId} AND id = ${unitId}
      UNION ALL
      SELECT u.id, u.parent_id, u.head_id, u.name, line.depth + 1 FROM org_units u JOIN line ON u.id = line.parent_id
       WHERE u.organisation_id = ${tenant.organisationId} AND line.depth < 50
    )
    SELECT id, head_id, name FROM line ORDER BY depth`.execute(tenant.executor);
  return result.rows;
}
