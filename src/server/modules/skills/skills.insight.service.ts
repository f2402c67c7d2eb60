import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, can } from '../access/index.ts';
import { unitAndDescendants } from '../people/index.ts';
import { learningForSkillGaps } from './skills.learning.ts';
import { currentLevelsOf, deriveCurrentLevel, today } from './skills.level-rule.ts';
import { jobRoleOf } from './skills.map.ts';
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
  const now = today();
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
  const people = await peopleInScope(tenant, scope);
  const [ratings, byRole] = await Promise.all([
    levelRatingsOf(
      tenant,
      people.map((p) => p.id),
    ),
    targetsByRole(tenant),
  ]);
  const levels = currentLevelsOf(ratings, today());
  const cells: { personId: string; skillId: string; level: number | null; targetLevel: number | null }[] = [];
  const holders = new Map<string, number>();
  const skillIds = new Set<string>();
  for (const person of people) {
    const mine = levels.get(person.id) ?? new Map();
    const targets = (person.job_role_id && byRole.get(person.job_role_id)) || new Map<string, number>();
    for (const skillId of new Set([...mine.keys(), ...targets.keys()])) {
      const level = mine.get(skillId)?.level ?? null;
      skillIds.add(skillId);
      if (level !== null && level >= holderLevel) holders.set(skillId, (holders.get(skillId) ?? 0) + 1);
      cells.push({ personId: person.id, skillId, level, targetLevel: targets.get(skillId) ?? null });
    }
  }
  const skills = skillIds.size
    ? await tenant
        .selectFrom('skills')
        .select(['id', 'name_nl', 'name_en'])
        .where('id', 'in', [...skillIds])
        .orderBy('name_nl')
        .execute()
    : [];
  return {
    people: people.map((p) => ({ ...presentPersonRef(p), jobRoleId: p.job_role_id })),
    skills: skills.map((s) => ({
      id: s.id,
      name: { nl: s.name_nl, en: s.name_en },
      holders: holders.get(s.id) ?? 0,
      isSinglePointOfFailure: holders.get(s.id) === 1,
    })),
    cells,
  };
}

/** Demand from role profiles against current levels: per skill, how many fall short and by how much. */
export async function organisationGaps(options: { db: Db; auth: Auth; unitId?: string }) {
  const tenant = forOrganisation(options.db, options.auth.organisationId);
  if (options.unitId) {
    const unit = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('id', '=', options.unitId)
      .executeTakeFirst();
    if (!unit) throw notFound('Unit');
  }
  const people = (await peopleInScope(tenant, { unitId: options.unitId })).filter((p) => p.job_role_id);
  const [ratings, byRole] = await Promise.all([
    levelRatingsOf(tenant, options.unitId ? people.map((p) => p.id) : 'all'),
    targetsByRole(tenant),
  ]);
  const levels = currentLevelsOf(ratings, today());
  const stats = new Map<string, { demand: number; belowTarget: number; totalGap: number; holders: number }>();
  for (const person of people) {
    const targets = byRole.get(person.job_role_id!) ?? new Map<string, number>();
    const mine = levels.get(person.id);
    for (const [skillId, target] of targets) {
      const level = mine?.get(skillId)?.level ?? 0;
      const stat = stats.get(skillId) ?? { demand: 0, belowTarget: 0, totalGap: 0, holders: 0 };
      stat.demand++;
      if (level < target) {
        stat.belowTarget++;
        stat.totalGap += target - level;
      } else stat.holders++;
      stats.set(skillId, stat);
    }
  }
  const skills = stats.size
    ? await tenant
        .selectFrom('skills')
        .select(['id', 'name_nl', 'name_en'])
        .where('id', 'in', [...stats.keys()])
        .execute()
    : [];
  return {
    people: people.length,
    skills: skills
      .map((s) => ({ skill: { id: s.id, name: { nl: s.name_nl, en: s.name_en } }, ...stats.get(s.id)! }))
      .sort(
        (a, b) =>
          b.totalGap - a.totalGap ||
          b.belowTarget - a.belowTarget ||
          a.skill.name.nl.localeCompare(b.skill.name.nl),
      ),
  };
}
