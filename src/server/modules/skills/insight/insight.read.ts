import { calendarDateOf } from '../../../core/calendar.ts';
import type { Ctx } from '../../../core/context.ts';
import type { Executor } from '../../../db/database.ts';
import type { Locale } from '../../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../../db/tenant.ts';
import { AppError, notFound } from '../../../http/errors.ts';
import { type Auth, assertCan, can } from '../../access/index.ts';
import { publishedCompetencySkills } from '../../direction/index.ts';
import { deriveCurrentLevel } from '../skills.level-rule.ts';
import { canSeeSkillsOf } from '../skills.policy.ts';
import { presentPersonRef } from '../skills.presenter.ts';
import { findPersonName, jobRoleOf, levelRatingsOf } from '../skills.repository.ts';
import { learningForSkillGaps } from './gap-learning.ts';
import {
  demandPerSkill,
  findJobRoleNames,
  findUnit,
  peopleInScope,
  requiredSkills,
  targetsByRole,
} from './insight.repository.ts';
import { matrixLevels, matrixSkills } from './matrix-levels.ts';

/** Level from which someone counts as able to carry a skill for the team (single points of failure). */
export const holderLevel = 3;

/** Target for a skill linked to a core competency: competencies model no level per skill (ARCHITECTURE.md). */
export const competencyTargetLevel = 3;

type Reader = { db: TenantDb; auth: Auth; locale: Locale; today: string };

async function gapsOf(reader: Reader, input: { personId: string; targetRoleId?: string }) {
  const { db: tenant, locale } = reader;
  const person = await findPersonName(tenant, input.personId);
  if (!person) throw notFound('Person');
  if (!canSeeSkillsOf(reader.auth, person))
    throw new AppError('forbidden', "You cannot see this person's gaps.");
  const current = await jobRoleOf(tenant, input.personId);
  let role = current;
  if (input.targetRoleId) {
    const target = await findJobRoleNames(tenant, input.targetRoleId);
    if (!target) throw notFound('Job role');
    role = { id: target.id, name: { nl: target.name_nl, en: target.name_en } };
  }
  const base = {
    person: presentPersonRef(person),
    role,
    isTargetRole: Boolean(role && role.id !== current?.id),
  };
  if (!role) return { ...base, gaps: [], totalGap: 0, metCount: 0, notAssessedCount: 0 };
  const required = await requiredSkills(tenant, role.id);
  const ratings = await levelRatingsOf(tenant, [input.personId]);
  const gaps = required.map((skill) => {
    const level = deriveCurrentLevel(
      ratings.filter((r) => r.skillId === skill.id),
      reader.today,
    )?.level;
    return {
      skill: { id: skill.id, name: { nl: skill.name_nl, en: skill.name_en } },
      targetLevel: skill.target_level,
      currentLevel: level ?? null,
      // Never rated is "not yet assessed": no gap to show or to fill with learning until someone rates it.
      isAssessed: level !== undefined,
      gap: level === undefined ? 0 : Math.max(0, skill.target_level - level),
    };
  });
  // Gaps largest first, then what is not yet assessed, then what is met.
  const rank = (g: (typeof gaps)[number]) => (g.gap > 0 ? 0 : g.isAssessed ? 2 : 1);
  gaps.sort(
    (a, b) =>
      rank(a) - rank(b) || b.gap - a.gap || a.skill.name[locale].localeCompare(b.skill.name[locale], locale),
  );
  // Learning is offered for a gap and for what is not yet assessed (it may well be one).
  const open = gaps.filter((g) => g.gap > 0 || !g.isAssessed).map((g) => g.skill.id);
  const learning = await learningForSkillGaps(tenant, open, locale);
  return {
    ...base,
    gaps: gaps.map((g) => ({
      ...g,
      learning: learning ? (g.gap > 0 || !g.isAssessed ? (learning.get(g.skill.id) ?? []) : []) : null,
    })),
    totalGap: gaps.reduce((sum, g) => sum + g.gap, 0),
    metCount: gaps.filter((g) => g.isAssessed && g.gap === 0).length,
    notAssessedCount: gaps.filter((g) => !g.isAssessed).length,
  };
}

/** Gaps against the current or a target role ("what would it take to become …?"), largest first. */
export async function gapsView(ctx: Ctx, input: { personId: string; targetRoleId?: string }) {
  assertCan(ctx.auth, 'skills.read');
  return gapsOf({ db: ctx.db, auth: ctx.auth, locale: ctx.locale, today: ctx.today() }, input);
}

/** The same for another module (conversations' suggested learning); the reader's own rules apply. */
export async function personGaps(options: {
  db: Executor;
  auth: Auth;
  personId: string;
  targetRoleId?: string;
  locale: Locale;
}) {
  return gapsOf(
    {
      db: forOrganisation(options.db, options.auth.organisationId),
      auth: options.auth,
      locale: options.locale,
      today: calendarDateOf(new Date()),
    },
    options,
  );
}

/** People × skills with current and target levels and single points of failure (a unit or my team). */
export async function teamMatrix(ctx: Ctx, query: { unitId?: string }) {
  assertCan(ctx.auth, 'skills.read');
  const { auth } = ctx;
  let scope: { unitId?: string; managerId?: string };
  if (query.unitId) {
    const unit = await findUnit(ctx.db, query.unitId);
    if (!unit) throw notFound('Unit');
    const isHead = auth.kind === 'person' && unit.head_id === auth.personId;
    if (!can(auth, 'skills.insight') && !isHead)
      throw new AppError('forbidden', 'Only L&D, HR and the head of the unit see its matrix.');
    scope = { unitId: unit.id };
  } else {
    if (auth.kind !== 'person') throw new AppError('forbidden', 'Give a unitId.');
    scope = { managerId: auth.personId };
  }
  const [people, byRole] = await Promise.all([peopleInScope(ctx.db, scope), targetsByRole(ctx.db)]);
  const personIds = people.map((p) => p.id);
  const targetsOf = (person: (typeof people)[number]) =>
    (person.job_role_id && byRole.get(person.job_role_id)) || new Map<string, number>();
  const targetSkillIds = new Set<string>();
  for (const person of people) for (const skillId of targetsOf(person).keys()) targetSkillIds.add(skillId);
  const skills = people.length ? await matrixSkills(ctx.db, personIds, [...targetSkillIds]) : [];
  const levels = await matrixLevels(
    ctx.db,
    personIds,
    skills.map((s) => s.id),
    ctx.today(),
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

/**
 * Demand against current levels: per skill, how many fall short and by how much. Demand comes from role
 * profiles (the holders of a role) and from published core competencies (everyone, at level 3); where both
 * ask for a skill, the higher target counts once.
 */
export async function organisationGaps(ctx: Ctx, query: { unitId?: string }) {
  assertCan(ctx.auth, 'skills.insight');
  if (query.unitId && !(await findUnit(ctx.db, query.unitId))) throw notFound('Unit');
  // Skills linked to a published core competency: direction owns the links.
  const linked = await publishedCompetencySkills(ctx.db);
  const competenciesOf = new Map<string, { id: string; name: string }[]>();
  for (const row of linked)
    competenciesOf.set(row.skill_id, [
      ...(competenciesOf.get(row.skill_id) ?? []),
      { id: row.id, name: row.name },
    ]);
  const { rows, people } = await demandPerSkill(ctx.db, {
    unitId: query.unitId,
    competencySkills: [...competenciesOf.keys()],
    competencyTarget: competencyTargetLevel,
    today: ctx.today(),
  });
  return {
    people,
    skills: rows
      .map((row) => ({
        skill: { id: row.skill_id, name: { nl: row.name_nl, en: row.name_en } },
        demand: Number(row.demand),
        belowTarget: Number(row.below_target),
        notAssessed: Number(row.not_assessed),
        totalGap: Number(row.total_gap),
        holders: Number(row.demand) - Number(row.below_target) - Number(row.not_assessed),
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
