import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError, notFound } from '../../../http/errors.ts';
import { type Auth, assertCan, personIdOf } from '../../access/index.ts';
import { deriveCurrentLevel } from '../skills.level-rule.ts';
import { canSeeSkillsOf, sourceFor } from '../skills.policy.ts';
import { presentPersonRef, presentSkill } from '../skills.presenter.ts';
import { findPersonName, jobRoleOf, skillNames } from '../skills.repository.ts';
import {
  preferencesOf,
  ratingRequestRows,
  ratingsOf,
  roleTargets,
  skillsByIds,
} from './ratings.repository.ts';

async function skillsMapOf(tenant: TenantDb, auth: Auth, personId: string, today: string) {
  const person = await findPersonName(tenant, personId);
  if (!person) throw notFound('Person');
  if (!canSeeSkillsOf(auth, person))
    throw new AppError('forbidden', "You cannot see this person's skills map.");
  const jobRole = await jobRoleOf(tenant, personId);
  const [ratings, preferences, targets] = await Promise.all([
    ratingsOf(tenant, personId),
    preferencesOf(tenant, personId),
    jobRole ? roleTargets(tenant, jobRole.id) : Promise.resolve([]),
  ]);
  const skills = await skillsByIds(tenant, [
    ...new Set([
      ...ratings.map((r) => r.skill_id),
      ...preferences.map((p) => p.skill_id),
      ...targets.map((t) => t.skill_id),
    ]),
  ]);
  const presentRating = (r: (typeof ratings)[number]) => ({
    id: r.id,
    skillId: r.skill_id,
    source: r.source,
    level: r.level,
    rater: r.rater_id
      ? presentPersonRef({
          id: r.rater_id,
          given_name: r.given_name!,
          family_name_prefix: r.family_name_prefix,
          family_name: r.family_name!,
        })
      : null,
    evidenceKind: r.evidence_kind,
    note: r.note,
    ratedOn: r.rated_on,
  });
  return {
    person: presentPersonRef(person),
    jobRole,
    canRateAs: sourceFor(auth, person),
    skills: skills.map((skill) => {
      const own = ratings.filter((r) => r.skill_id === skill.id);
      const current = deriveCurrentLevel(
        own.map((r) => ({
          id: r.id,
          source: r.source,
          level: r.level,
          ratedOn: r.rated_on,
          createdAt: r.created_at,
        })),
        today,
      );
      const basis = current ? own.find((r) => r.id === current.ratingId) : undefined;
      const preference = preferences.find((p) => p.skill_id === skill.id);
      return {
        skill: presentSkill(skill),
        current: current && basis ? { ...current, rater: presentRating(basis).rater } : null,
        ratings: own.map(presentRating),
        peerEndorsements: own.filter((r) => r.source === 'peer').length,
        targetLevel: targets.find((t) => t.skill_id === skill.id)?.target_level ?? null,
        wantsToGrow: preference?.wants_to_grow ?? false,
        isInterest: preference?.is_interest ?? false,
        willingToMentor: preference?.willing_to_mentor ?? false,
      };
    }),
  };
}

/** A person's skills map: every rating with its source, the current level and why, targets, wishes. */
export async function skillsMap(ctx: Ctx, personId: string) {
  assertCan(ctx.auth, 'skills.read');
  return skillsMapOf(ctx.db, ctx.auth, personId, ctx.today());
}

/** After rating someone: their map, or (a peer, who may endorse without seeing it) one's own. */
export async function skillsMapAfterRating(ctx: Ctx, personId: string) {
  return skillsMap(ctx, personId).catch(async (error) => {
    if (error?.code === 'forbidden') return skillsMap(ctx, personIdOf(ctx.auth));
    throw error;
  });
}

/** Rating requests sent to me (incoming, my tasks) or by me (outgoing). */
export async function listRatingRequests(
  ctx: Ctx,
  query: { box: 'incoming' | 'outgoing'; status: 'open' | 'done' | 'declined' | 'all' },
) {
  assertCan(ctx.auth, 'skills.read');
  const rows = await ratingRequestRows(ctx.db, personIdOf(ctx.auth), query);
  const skills = await skillNames(ctx.db, [...new Set(rows.flatMap((r) => r.skill_ids))]);
  const skillById = new Map(skills.map((s) => [s.id, { id: s.id, name: { nl: s.name_nl, en: s.name_en } }]));
  return rows.map((row) => ({
    id: row.id,
    person: presentPersonRef({
      id: row.asker_id,
      given_name: row.asker_given_name,
      family_name_prefix: row.asker_family_name_prefix,
      family_name: row.asker_family_name,
    }),
    rater: presentPersonRef({
      id: row.rater_id,
      given_name: row.rater_given_name,
      family_name_prefix: row.rater_family_name_prefix,
      family_name: row.rater_family_name,
    }),
    raterIsManager: row.asker_manager_id === row.rater_id,
    skills: row.skill_ids.flatMap((id) => skillById.get(id) ?? []),
    message: row.message,
    status: row.status,
    createdAt: row.created_at.toISOString(),
  }));
}
