import type { TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { deriveCurrentLevel, today } from './skills.level-rule.ts';
import { presentPersonRef, presentSkill } from './skills.presenter.ts';
import { canSeeSkillsOf, sourceFor } from './skills.ratings.service.ts';
import { findPersonName } from './skills.repository.ts';

const raterJoin = (tenant: TenantDb) =>
  tenant
    .selectFrom('skill_ratings')
    .leftJoin('people as rater', (join) =>
      join
        .onRef('rater.organisation_id', '=', 'skill_ratings.organisation_id')
        .onRef('rater.id', '=', 'skill_ratings.rater_id'),
    );

/** A person's job role: id and names, or null. */
export async function jobRoleOf(tenant: TenantDb, personId: string) {
  const row = await tenant
    .selectFrom('person_job_roles')
    .innerJoin('job_roles', (join) =>
      join
        .onRef('job_roles.organisation_id', '=', 'person_job_roles.organisation_id')
        .onRef('job_roles.id', '=', 'person_job_roles.job_role_id'),
    )
    .select(['job_roles.id', 'job_roles.name_nl', 'job_roles.name_en'])
    .where('person_job_roles.person_id', '=', personId)
    .executeTakeFirst();
  return row ? { id: row.id, name: { nl: row.name_nl, en: row.name_en } } : null;
}

export async function skillsMapOf(tenant: TenantDb, auth: Auth, personId: string) {
  const person = await findPersonName(tenant, personId);
  if (!person) throw notFound('Person');
  if (!canSeeSkillsOf(auth, person))
    throw new AppError('forbidden', "You cannot see this person's skills map.");
  const jobRole = await jobRoleOf(tenant, personId);
  const [ratings, preferences, targets] = await Promise.all([
    raterJoin(tenant)
      .select([
        'skill_ratings.id',
        'skill_ratings.skill_id',
        'skill_ratings.source',
        'skill_ratings.level',
        'skill_ratings.evidence_kind',
        'skill_ratings.note',
        'skill_ratings.rated_on',
        'skill_ratings.created_at',
        'rater.id as rater_id',
        'rater.given_name',
        'rater.family_name_prefix',
        'rater.family_name',
      ])
      .where('skill_ratings.person_id', '=', personId)
      .orderBy('skill_ratings.rated_on', 'desc')
      .orderBy('skill_ratings.created_at', 'desc')
      .execute(),
    tenant.selectFrom('person_skills').selectAll().where('person_id', '=', personId).execute(),
    jobRole
      ? tenant
          .selectFrom('job_role_skills')
          .select(['skill_id', 'target_level'])
          .where('job_role_id', '=', jobRole.id)
          .execute()
      : Promise.resolve([]),
  ]);
  const skillIds = new Set([
    ...ratings.map((r) => r.skill_id),
    ...preferences.map((p) => p.skill_id),
    ...targets.map((t) => t.skill_id),
  ]);
  const skills = skillIds.size
    ? await tenant
        .selectFrom('skills')
        .selectAll()
        .where('id', 'in', [...skillIds])
        .orderBy('name_nl')
        .execute()
    : [];
  const now = today(await organisationTimeZone(tenant, tenant.organisationId));
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
        now,
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

export async function listRatingRequests(
  tenant: TenantDb,
  auth: Auth & { kind: 'person' },
  query: { box: 'incoming' | 'outgoing'; status: 'open' | 'done' | 'declined' | 'all' },
) {
  const person = (alias: 'asker' | 'rater') =>
    [
      `${alias}.id as ${alias}_id`,
      `${alias}.given_name as ${alias}_given_name`,
      `${alias}.family_name_prefix as ${alias}_family_name_prefix`,
      `${alias}.family_name as ${alias}_family_name`,
      `${alias}.manager_id as ${alias}_manager_id`,
    ] as const;
  let query_ = tenant
    .selectFrom('rating_requests')
    .innerJoin('people as asker', (join) =>
      join
        .onRef('asker.organisation_id', '=', 'rating_requests.organisation_id')
        .onRef('asker.id', '=', 'rating_requests.person_id'),
    )
    .innerJoin('people as rater', (join) =>
      join
        .onRef('rater.organisation_id', '=', 'rating_requests.organisation_id')
        .onRef('rater.id', '=', 'rating_requests.rater_id'),
    )
    .select([
      'rating_requests.id',
      'rating_requests.skill_ids',
      'rating_requests.message',
      'rating_requests.status',
      'rating_requests.created_at',
      ...person('asker'),
      ...person('rater'),
    ])
    .where(
      query.box === 'incoming' ? 'rating_requests.rater_id' : 'rating_requests.person_id',
      '=',
      auth.personId,
    )
    .orderBy('rating_requests.created_at', 'desc')
    .limit(200);
  if (query.status !== 'all') query_ = query_.where('rating_requests.status', '=', query.status);
  const rows = await query_.execute();
  const skillIds = [...new Set(rows.flatMap((r) => r.skill_ids))];
  const skills = skillIds.length
    ? await tenant
        .selectFrom('skills')
        .select(['id', 'name_nl', 'name_en'])
        .where('id', 'in', skillIds)
        .execute()
    : [];
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
