import type { TenantDb } from '../../../db/tenant.ts';

/** A person's ratings, newest first, with who rated. */
export function ratingsOf(tenant: TenantDb, personId: string) {
  return tenant
    .selectFrom('skill_ratings')
    .leftJoin('people as rater', (join) =>
      join
        .onRef('rater.organisation_id', '=', 'skill_ratings.organisation_id')
        .onRef('rater.id', '=', 'skill_ratings.rater_id'),
    )
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
    .execute();
}

export const preferencesOf = (tenant: TenantDb, personId: string) =>
  tenant.selectFrom('person_skills').selectAll().where('person_id', '=', personId).execute();

export const roleTargets = (tenant: TenantDb, jobRoleId: string) =>
  tenant
    .selectFrom('job_role_skills')
    .select(['skill_id', 'target_level'])
    .where('job_role_id', '=', jobRoleId)
    .execute();

export const skillsByIds = (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? tenant.selectFrom('skills').selectAll().where('id', 'in', ids).orderBy('name_nl').execute()
    : Promise.resolve([]);

const personColumns = (alias: 'asker' | 'rater') =>
  [
    `${alias}.id as ${alias}_id`,
    `${alias}.given_name as ${alias}_given_name`,
    `${alias}.family_name_prefix as ${alias}_family_name_prefix`,
    `${alias}.family_name as ${alias}_family_name`,
    `${alias}.manager_id as ${alias}_manager_id`,
  ] as const;

export function ratingRequestRows(
  tenant: TenantDb,
  personId: string,
  query: { box: 'incoming' | 'outgoing'; status: 'open' | 'done' | 'declined' | 'all' },
) {
  let found = tenant
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
      ...personColumns('asker'),
      ...personColumns('rater'),
    ])
    .where(query.box === 'incoming' ? 'rating_requests.rater_id' : 'rating_requests.person_id', '=', personId)
    .orderBy('rating_requests.created_at', 'desc')
    .limit(200);
  if (query.status !== 'all') found = found.where('rating_requests.status', '=', query.status);
  return found.execute();
}

/** The request, locked: one answer only. */
export const lockRatingRequest = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('rating_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const closeRatingRequest = (tenant: TenantDb, id: string, status: 'done' | 'declined', at: Date) =>
  tenant.updateTable('rating_requests').set({ status, answered_at: at }).where('id', '=', id).execute();
