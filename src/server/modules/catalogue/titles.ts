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
