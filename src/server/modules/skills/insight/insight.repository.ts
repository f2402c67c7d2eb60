import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';
import { unitAndDescendants } from '../../people/index.ts';
import { currentLevelsSql } from '../skills.level-rule.ts';
import { personNameColumns } from '../skills.repository.ts';

export const findJobRoleNames = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('job_roles').select(['id', 'name_nl', 'name_en']).where('id', '=', id).executeTakeFirst();

/** The skills a role asks for, with their target levels. */
export const requiredSkills = (tenant: TenantDb, jobRoleId: string) =>
  tenant
    .selectFrom('job_role_skills')
    .innerJoin('skills', (join) =>
      join
        .onRef('skills.organisation_id', '=', 'job_role_skills.organisation_id')
        .onRef('skills.id', '=', 'job_role_skills.skill_id'),
    )
    .select(['skills.id', 'skills.name_nl', 'skills.name_en', 'job_role_skills.target_level'])
    .where('job_role_skills.job_role_id', '=', jobRoleId)
    .execute();

export const findUnit = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('org_units').select(['id', 'head_id']).where('id', '=', id).executeTakeFirst();

/** Current people in scope with their job role. */
export function peopleInScope(tenant: TenantDb, scope: { unitId?: string; managerId?: string }) {
  let query = tenant
    .selectFrom('people')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .leftJoin('person_job_roles', (join) =>
      join
        .onRef('person_job_roles.organisation_id', '=', 'people.organisation_id')
        .onRef('person_job_roles.person_id', '=', 'people.id'),
    )
    .select([...personNameColumns, 'org_units.name as org_unit_name', 'person_job_roles.job_role_id'])
    .where('people.status', '<>', 'left')
    .orderBy('people.family_name')
    .orderBy('people.given_name');
  if (scope.unitId)
    query = query.where('people.org_unit_id', 'in', unitAndDescendants(tenant.organisationId, scope.unitId));
  if (scope.managerId) query = query.where('people.manager_id', '=', scope.managerId);
  return query.execute();
}

/** Each role's target level per skill. */
export async function targetsByRole(tenant: TenantDb) {
  const rows = await tenant
    .selectFrom('job_role_skills')
    .select(['job_role_id', 'skill_id', 'target_level'])
    .execute();
  const byRole = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let targets = byRole.get(row.job_role_id);
    if (!targets) {
      targets = new Map();
      byRole.set(row.job_role_id, targets);
    }
    targets.set(row.skill_id, row.target_level);
  }
  return byRole;
}

/**
 * Demand against current levels per skill: role profiles ask their holders, competency skills ask
 * everyone at `competencyTarget`; a person and skill asked twice counts once at the higher target.
 * Set-based on purpose: 10,000 people with their ratings stay in the database (BENCHMARKS.md).
 */
export async function demandPerSkill(
  tenant: TenantDb,
  options: { unitId?: string; competencySkills: string[]; competencyTarget: number; today: string },
) {
  const organisationId = tenant.organisationId;
  const { competencySkills } = options;
  const inUnit = options.unitId
    ? sql`AND p.org_unit_id IN ${unitAndDescendants(organisationId, options.unitId)}`
    : sql``;
  // Everyone counts once a competency asks for a skill; otherwise only the holders of a role.
  const withRoleOnly = competencySkills.length ? sql`` : sql`AND pr.job_role_id IS NOT NULL`;
  const competencyNeeds = competencySkills.length
    ? sql`UNION ALL
      SELECT h.person_id, s.id AS skill_id, ${options.competencyTarget}::int AS target_level, false AS from_role
      FROM holders h
      CROSS JOIN skills s
      WHERE s.organisation_id = ${organisationId} AND s.id IN (${sql.join(competencySkills)})`
    : sql``;
  const { rows } = await sql<{
    skill_id: string;
    name_nl: string;
    name_en: string;
    demand: string;
    below_target: string;
    not_assessed: string;
    total_gap: string;
    from_roles: boolean;
  }>`
    WITH holders AS (
      SELECT p.id AS person_id, pr.job_role_id
      FROM people p
      LEFT JOIN person_job_roles pr ON pr.organisation_id = p.organisation_id AND pr.person_id = p.id
      WHERE p.organisation_id = ${organisationId} AND p.status <> 'left' ${inUnit} ${withRoleOnly}
    ),
    current AS (${currentLevelsSql(organisationId, options.today)}),
    asked AS (
      SELECT h.person_id, rs.skill_id, rs.target_level, true AS from_role
      FROM holders h
      JOIN job_role_skills rs ON rs.organisation_id = ${organisationId} AND rs.job_role_id = h.job_role_id
      ${competencyNeeds}
    ),
    needs AS (${
      // A person and skill asked twice (role and competency) counts once; otherwise each is asked once.
      competencySkills.length
        ? sql`SELECT person_id, skill_id, max(target_level) AS target_level, bool_or(from_role) AS from_role
            FROM asked GROUP BY person_id, skill_id`
        : sql`SELECT * FROM asked`
    })
    SELECT n.skill_id, s.name_nl, s.name_en, count(*) AS demand,
      -- Never rated is "not yet assessed", counted apart: it is not a level 0 gap.
      count(*) FILTER (WHERE c.level < n.target_level) AS below_target,
      count(*) FILTER (WHERE c.level IS NULL) AS not_assessed,
      coalesce(sum(greatest(n.target_level - c.level, 0)), 0) AS total_gap,
      bool_or(n.from_role) AS from_roles
    FROM needs n
    -- At most one current level per person and skill.
    LEFT JOIN current c ON c.person_id = n.person_id AND c.skill_id = n.skill_id
    JOIN skills s ON s.organisation_id = ${organisationId} AND s.id = n.skill_id
    GROUP BY n.skill_id, s.name_nl, s.name_en`.execute(tenant.executor);
  const people = Number(
    (
      await sql<{ n: string }>`SELECT count(*) AS n FROM people p
        LEFT JOIN person_job_roles pr ON pr.organisation_id = p.organisation_id AND pr.person_id = p.id
        WHERE p.organisation_id = ${organisationId} AND p.status <> 'left' ${inUnit} ${withRoleOnly}`.execute(
        tenant.executor,
      )
    ).rows[0]!.n,
  );
  return { rows, people };
}
