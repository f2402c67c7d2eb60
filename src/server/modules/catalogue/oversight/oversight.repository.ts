import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';

/** A manager's current direct reports. */
export const reportsOf = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name_prefix', 'family_name', 'job_title'])
    .where('manager_id', '=', managerId)
    .where('status', '<>', 'left')
    .orderBy('family_name')
    .execute();

/** Handed-in assignments of these people that nobody confirmed yet. */
export const unconfirmedSubmissions = (tenant: TenantDb, personIds: string[]) =>
  personIds.length
    ? tenant
        .selectFrom('assignment_submissions')
        .select(['person_id', 'content_id', 'reflection', 'submitted_at'])
        .where('person_id', 'in', personIds)
        .where('confirmed_at', 'is', null)
        .execute()
    : Promise.resolve([]);

/** Average and count of ratings per rated subject, best first (at most 200). */
export const ratingGroups = (tenant: TenantDb) =>
  tenant
    .selectFrom('ratings')
    .select([
      'subject_kind',
      'subject_id',
      sql<string>`avg(stars)`.as('average'),
      sql<string>`count(*)`.as('count'),
    ])
    .groupBy(['subject_kind', 'subject_id'])
    .orderBy(sql`avg(stars)`, 'desc')
    .limit(200)
    .execute();

/** Ratings with a comment on these subjects, newest first. */
export const ratingComments = (tenant: TenantDb, subjectIds: string[]) =>
  subjectIds.length
    ? tenant
        .selectFrom('ratings')
        .select(['subject_kind', 'subject_id', 'stars', 'comment', 'updated_at'])
        .where('comment', 'is not', null)
        .where('subject_id', 'in', subjectIds)
        .orderBy('updated_at', 'desc')
        .execute()
    : Promise.resolve([]);
