import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, can } from '../access/index.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { unitAndDescendants } from '../people/index.ts';
import { learningForSkillGaps } from './skills.learning.ts';
import { currentLevelsSql, deriveCurrentLevel, today } from './skills.level-rule.ts';
import { jobRoleOf } from './skills.map.ts';
import { matrixLevels, matrixSkills } from './skills.matrix-levels.ts';
import { presentPersonRef } from './skills.presenter.ts';
import { canSeeSkillsOf } from './skills.ratings.service.ts';
import { findPersonName, levelRatingsOf, personNameColumns } from './skills.repository.ts';

/** Level from which someone counts as able to carry a skill for the team (single points of failure). */
export const holderLevel = 3;

export async function personGaps(options: {
  db: Db;
  auth: Auth;
  personId: string;
  targetRoleId?: string;
  locale: Locale;
}) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  const person = await findPersonName(tenant, options.personId);
  if (!person) throw notFound('Person');
  if (!canSeeSkillsOf(options.auth, person))
    throw new AppError('forbidden', "You cannot see this person's gaps.");
  const current = await jobRoleOf(tenant, options.personId);
  let role = current;
  if (options.targetRoleId) {
    const target = await tenant
      .selectFrom('job_roles')
      .select(['id', 'name_nl', 'name_en'])
      .where('id', '=', options.targetRoleId)
      .executeTakeFirst();
    if (!target) throw notFound('Job role');
    role = { id: target.id, name: { nl: target.name_nl, en: target.name_en } };
  }
  const base = {
    person: presentPersonRef(person),
    role,
    isTargetRole: Boolean(role && role.id !== current?.id),
  };
  if (!role) return { ...base, gaps: [], totalGap: 0, metCount: 0 };
  const required = await tenant
    .selectFrom('job_role_skills')
    .innerJoin('skills', (join) =>
      join
        .onRef('skills.organisation_id', '=', 'job_role_skills.organisation_id')
        .onRef('skills.id', '=', 'job_role_skills.skill_id'),
    )
    .select(['skills.id', 'skills.name_nl', 'skills.name_en', 'job_role_skills.target_level'])
    .where('job_role_skills.job_role_id', '=', role.id)
    .execute();
  const ratings = await levelRatingsOf(tenant, [options.personId]);
  const now = today(await organisationTimeZone(tenant, tenant.organisationId));
  const gaps = required.map((skill) => {
    const level = deriveCurrentLevel(
      ratings.filter((r) => r.skillId === skill.id),
      now,
    )?.level;
    return {
      skill: { id: skill.id, name: { nl: skill.name_nl, en: skill.name_en } },
      targetLevel: skill.target_level,
      currentLevel: level ?? null,
      gap: Math.max(0, skill.target_level - (level ?? 0)),
    };
  });
  gaps.sort(
    (a, b) =>
      b.gap - a.gap ||
      a.skill.name[options.locale].localeCompare(b.skill.name[options.locale], options.locale),
  );
  const open = gaps.filter((g) => g.gap > 0).map((g) => g.skill.id);
  const learning = await learningForSkillGaps(options.db, tenant.organisationId, open, options.locale);
  return {
    ...base,
    gaps: gaps.map((g) => ({
      ...g,
      learning: learning ? (g.gap > 0 ? (learning.get(g.skill.id) ?? []) : []) : null,
    })),
    totalGap: gaps.reduce((sum, g) => sum + g.gap, 0),
    metCount: gaps.filter((g) => g.gap === 0).length,
  };
}

/** Current people in scope with their job role. */
async function peopleInScope(tenant: TenantDb, scope: { unitId?: string; managerId?: string }) {
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

async function targetsByRole(tenant: TenantDb) {
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

export async function teamMatrix(options: { db: Db; auth: Auth; unitId?: string }) {
  const { auth } = options;
  const tenant = forOrganisation(options.db, auth.organisationId);
  let scope: { unitId?: string; managerId?: string };
  if (options.unitId) {
    const unit = await tenant
      .selectFrom('org_units')
      .select(['id', 'head_id'])
      .where('id', '=', options.unitId)
      .executeTakeFirst();
    if (!unit) throw notFound('Unit');
    const isHead = auth.kind === 'person' && unit.head_id === auth.personId;
    if (!can(auth, 'skills.insight') && !isHead)
      throw new AppError('forbidden', 'Only L&D, HR and the head of the unit see its matrix.');
    scope = { unitId: unit.id };
  } else {
    if (auth.kind !== 'person') throw new AppError('forbidden', 'Give a unitId.');
    scope = { managerId: auth.personId };
  }
  const [people, byRole] = await Promise.all([peopleInScope(tenant, scope), targetsByRole(tenant)]);
  const personIds = people.map((p) => p.id);
  const targetsOf = (person: (typeof people)[number]) =>
    (person.job_role_id && byRole.get(person.job_role_id)) || new Map<string, number>();
  const targetSkillIds = new Set<string>();
  for (const person of people) for (const skillId of targetsOf(person).keys()) targetSkillIds.add(skillId);
  const skills = people.length ? await matrixSkills(tenant, personIds, [...targetSkillIds]) : [];
  const levels = await matrixLevels(
    tenant,
    personIds,
    skills.map((s) => s.id),
    today(await organisationTimeZone(tenant, tenant.organisationId)),
  );
  const holders = skills.map(() => 0);
  for (const mine of levels.values())
    mine.forEach((level, i) => {
      if (level !== null && level >= holderLevel) holders[i]!++;
    });
  // Rows aligned with `skills`: compact for 500 people × 60 skills (BENCHMARKS.md).
  return {
    skills: skills.map((s, i) => ({
      id: s.id,
      name: { nl: s.name_nl, en: s.name_en },
      holders: holders[i]!,
      isSinglePointOfFailure: holders[i] === 1,
    })),
    people: people.map((person) => {
      const targets = targetsOf(person);
      return {
        ...presentPersonRef(person),
        jobRoleId: person.job_role_id,
        levels: levels.get(person.id) ?? skills.map(() => null),
        targets: skills.map((skill) => targets.get(skill.id) ?? null),
      };
    }),
  };
}

/** Target for a skill linked to a core competency: competencies model no level per skill (ARCHITECTURE.md). */
export const competencyTargetLevel = 3;

/**
 * Demand against current levels: per skill, how many fall short and by how much. Demand comes from role
 * profiles (the holders of a role) and from published core competencies (everyone, at level 3); where both
 * ask for a skill, the higher target counts once.
 */
export async function organisationGaps(options: { db: Db; auth: Auth; unitId?: string }) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  const organisationId = tenant.organisationId;
  if (options.unitId) {
    const unit = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('id', '=', options.unitId)
      .executeTakeFirst();
    if (!unit) throw notFound('Unit');
  }
  const inUnit = options.unitId
    ? sql`AND p.org_unit_id IN ${unitAndDescendants(organisationId, options.unitId)}`
    : sql``;
  // Skills linked to a published core competency (direction module; no FK across modules).
  const linked = await tenant
    .selectFrom('competency_skills')
    .innerJoin('core_competencies', (join) =>
      join
        .onRef('core_competencies.organisation_id', '=', 'competency_skills.organisation_id')
        .onRef('core_competencies.id', '=', 'competency_skills.competency_id'),
    )
    .select(['competency_skills.skill_id', 'core_competencies.id', 'core_competencies.name'])
    .where('core_competencies.status', '=', 'published')
    .orderBy('core_competencies.position')
    .orderBy('core_competencies.name')
    .execute();
  const competenciesOf = new Map<string, { id: string; name: string }[]>();
  for (const row of linked)
    competenciesOf.set(row.skill_id, [
      ...(competenciesOf.get(row.skill_id) ?? []),
      { id: row.id, name: row.name },
    ]);
  const competencySkills = [...competenciesOf.keys()];
  const now = today(await organisationTimeZone(tenant, organisationId));
  // Everyone counts once a competency asks for a skill; otherwise only the holders of a role.
  const withRoleOnly = competencySkills.length ? sql`` : sql`AND pr.job_role_id IS NOT NULL`;
  const competencyNeeds = competencySkills.length
    ? sql`UNION ALL
      SELECT h.person_id, s.id AS skill_id, ${competencyTargetLevel}::int AS target_level, false AS from_role
      FROM holders h
      CROSS JOIN skills s
      WHERE s.organisation_id = ${organisationId} AND s.id IN (${sql.join(competencySkills)})`
    : sql``;
  // Set-based on purpose: 10,000 people with their ratings stay in the database (BENCHMARKS.md).
  const { rows } = await sql<{
    skill_id: string;
    name_nl: string;
    name_en: string;
    demand: string;
    below_target: string;
    total_gap: string;
    from_roles: boolean;
  }>`
    WITH holders AS (
      SELECT p.id AS person_id, pr.job_role_id
      FROM people p
      LEFT JOIN person_job_roles pr ON pr.organisation_id = p.organisation_id AND pr.person_id = p.id
      WHERE p.organisation_id = ${organisationId} AND p.status <> 'left' ${inUnit} ${withRoleOnly}
    ),
    current AS (${currentLevelsSql(organisationId, now)}),
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
      count(*) FILTER (WHERE coalesce(c.level, 0) < n.target_level) AS below_target,
      sum(greatest(n.target_level - coalesce(c.level, 0), 0)) AS total_gap,
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
  return {
    people,
    skills: rows
      .map((row) => ({
        skill: { id: row.skill_id, name: { nl: row.name_nl, en: row.name_en } },
        demand: Number(row.demand),
        belowTarget: Number(row.below_target),
        totalGap: Number(row.total_gap),
        holders: Number(row.demand) - Number(row.below_target),
        sources: [
          ...(row.from_roles ? [{ kind: 'roleProfiles' as const }] : []),
          ...(competenciesOf.get(row.skill_id) ?? []).map((competency) => ({
            kind: 'coreCompetency' as const,
            competency,
            targetLevel: competencyTargetLevel,
          })),
        ],
      }))
      .sort(
        (a, b) =>
          b.totalGap - a.totalGap ||
          b.belowTarget - a.belowTarget ||
          a.skill.name.nl.localeCompare(b.skill.name.nl),
      ),
  };
}
