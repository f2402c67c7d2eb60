import { sql } from 'kysely';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

export type ContentHeadline = {
  id: string;
  kind: string;
  status: string;
  title: string;
  durationMinutes: number | null;
};

/** Title of each content item in the wanted language, else in its other language. */
export async function contentHeadlines(tenant: TenantDb, ids: string[], language: Locale) {
  const result = new Map<string, ContentHeadline>();
  if (!ids.length) return result;
  const rows = await tenant
    .selectFrom('content_items')
    .innerJoin('content_versions', (join) =>
      join
        .onRef('content_versions.organisation_id', '=', 'content_items.organisation_id')
        .onRef('content_versions.item_id', '=', 'content_items.id'),
    )
    .select([
      'content_items.id',
      'content_items.kind',
      'content_items.status',
      'content_items.duration_minutes',
      'content_versions.title',
    ])
    .where('content_items.id', 'in', ids)
    .orderBy(sql`content_versions.language = ${language}`, 'asc')
    .execute();
  // Ordered so the wanted language comes last and wins.
  for (const row of rows)
    result.set(row.id, {
      id: row.id,
      kind: row.kind,
      status: row.status,
      title: row.title,
      durationMinutes: row.duration_minutes,
    });
  return result;
}

/** Course length: the sum of its modules. */
export async function courseDurations(tenant: TenantDb, courseIds: string[]) {
  const result = new Map<string, number>();
  if (!courseIds.length) return result;
  const rows = await tenant
    .selectFrom('course_modules')
    .innerJoin('content_items', (join) =>
      join
        .onRef('content_items.organisation_id', '=', 'course_modules.organisation_id')
        .onRef('content_items.id', '=', 'course_modules.content_id'),
    )
    .select([
      'course_modules.course_id',
      sql<string>`coalesce(sum(content_items.duration_minutes), 0)`.as('minutes'),
    ])
    .where('course_modules.course_id', 'in', courseIds)
    .groupBy('course_modules.course_id')
    .execute();
  for (const row of rows) result.set(row.course_id, Number(row.minutes));
  return result;
}

/**
 * Minutes per content item or course (a course: the sum of its modules, null when none has a
 * duration) in one statement, for whatever ids a caller holds; other ids are not in the answer.
 */
export async function learningMinutes(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return new Map<string, number | null>();
  const durations = await sql<{ id: string; minutes: number | null }>`
    SELECT i.id, i.duration_minutes AS minutes FROM content_items i
    WHERE i.organisation_id = ${tenant.organisationId} AND i.id IN (${sql.join(ids)})
    UNION ALL
    SELECT m.course_id, sum(ci.duration_minutes)::int FROM course_modules m
    JOIN content_items ci ON ci.organisation_id = m.organisation_id AND ci.id = m.content_id
    WHERE m.organisation_id = ${tenant.organisationId} AND m.course_id IN (${sql.join(ids)})
    GROUP BY m.course_id`.execute(tenant.executor);
  return new Map(durations.rows.map((row) => [row.id, row.minutes]));
}

/** Titles of learning paths by id (recognition's badge criteria name the path). */
export async function pathTitles(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await tenant
    .selectFrom('learning_paths')
    .select(['id', 'title'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** How many of these people completed a content item in a period (a challenge's completions). */
export async function completionsOf(
  tenant: TenantDb,
  options: { contentId: string; personIds: string[]; from: Date; until: Date },
) {
  if (!options.personIds.length) return new Map<string, number>();
  const rows = await tenant
    .selectFrom('content_progress')
    .select('person_id')
    .where('content_id', '=', options.contentId)
    .where('person_id', 'in', options.personIds)
    .where('completed_at', '>=', options.from)
    .where('completed_at', '<', options.until)
    .execute();
  return new Map(rows.map((row) => [row.person_id, 1]));
}
