import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';

// What insight's summary job and dashboards read of learning records, as SQL it embeds in its own
// set-based statements (so a refresh is one statement, not rows through the app).

/**
 * One row per person and learning begun: content progress, and course/path enrolments with activity.
 * Days are on the organisation's calendar; `changed_at` lets a refresh read only what moved.
 */
export const learningRecordFacts = (organisationId: string, timeZone: string) => sql<{
  person_id: string;
  subject_kind: 'content' | 'course' | 'path';
  subject_id: string;
  started_on: string;
  completed_on: string | null;
  changed_at: Date;
}>`
  SELECT person_id, 'content' AS subject_kind, content_id AS subject_id,
         (started_at AT TIME ZONE ${timeZone})::date AS started_on,
         (completed_at AT TIME ZONE ${timeZone})::date AS completed_on,
         updated_at AS changed_at
    FROM content_progress WHERE organisation_id = ${organisationId}
  UNION ALL
  SELECT person_id, subject_kind, subject_id,
         (enrolled_at AT TIME ZONE ${timeZone})::date,
         (completed_at AT TIME ZONE ${timeZone})::date,
         greatest(enrolled_at, completed_at, last_activity_at)
    FROM enrolments
   WHERE organisation_id = ${organisationId} AND subject_kind IN ('course', 'path')
     AND (last_activity_at IS NOT NULL OR completed_at IS NOT NULL)`;

/** Learning tagged to organisation goals (catalogue's `learning_links` with target `goal`). */
export async function learningTaggedToGoals(tenant: TenantDb) {
  return tenant
    .selectFrom('learning_links')
    .select(['target_id as goal_id', 'subject_kind', 'subject_id'])
    .where('target_kind', '=', 'goal')
    .where('target_id', 'is not', null)
    .execute() as Promise<
    { goal_id: string; subject_kind: 'content' | 'course' | 'path'; subject_id: string }[]
  >;
}

/** Learners' star ratings per subject: average, count and the latest comments. */
export async function ratingsSummary(tenant: TenantDb, from: Date, until: Date) {
  const result = await sql<{
    subject_kind: 'content' | 'course' | 'path';
    subject_id: string;
    ratings: number;
    average: number;
    comments: string[] | null;
  }>`
    SELECT subject_kind, subject_id, count(*)::int AS ratings, round(avg(stars), 2)::float AS average,
           (array_agg(comment ORDER BY updated_at DESC) FILTER (WHERE comment IS NOT NULL AND comment <> ''))[1:3] AS comments
      FROM ratings
     WHERE organisation_id = ${tenant.organisationId} AND updated_at >= ${from} AND updated_at < ${until}
     GROUP BY subject_kind, subject_id
     ORDER BY count(*) DESC LIMIT 20`.execute(tenant.executor);
  return result.rows;
}

/** Open enrolments of these people past their due date (assignments that are overdue). */
export async function overdueEnrolments(tenant: TenantDb, personIds: string[], today: string) {
  if (!personIds.length) return 0;
  const row = await tenant
    .selectFrom('enrolments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', 'in', personIds)
    .where('completed_at', 'is', null)
    .where('due_date', '<', today)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
