import { sql } from 'kysely';
import { prepared } from '../../db/prepared.ts';
import type { LearningSubjectKind, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { contentHeadlines } from './titles.ts';

export type SubjectRef = { type: LearningSubjectKind; id: string };

/** A content item, course or path with its status and title; null when it is not in this organisation. */
export async function findSubject(tenant: TenantDb, subject: SubjectRef, locale: Locale = 'nl') {
  if (subject.type === 'content') {
    const headline = (await contentHeadlines(tenant, [subject.id], locale)).get(subject.id);
    return headline
      ? { ...subject, title: headline.title, status: headline.status, format: headline.kind }
      : null;
  }
  const table = subject.type === 'course' ? 'courses' : 'learning_paths';
  const row = await tenant
    .selectFrom(table)
    .select(['title', 'status'])
    .where('id', '=', subject.id)
    .executeTakeFirst();
  return row ? { ...subject, title: row.title, status: row.status, format: subject.type } : null;
}

/** Titles for many subjects at once, keyed `type:id`. */
export async function subjectTitles(tenant: TenantDb, refs: SubjectRef[], locale: Locale) {
  const titles = new Map<string, { title: string; format: string; durationMinutes: number | null }>();
  const ofType = (type: LearningSubjectKind) => [
    ...new Set(refs.filter((r) => r.type === type).map((r) => r.id)),
  ];
  for (const [id, headline] of await contentHeadlines(tenant, ofType('content'), locale))
    titles.set(`content:${id}`, {
      title: headline.title,
      format: headline.kind,
      durationMinutes: headline.durationMinutes,
    });
  for (const type of ['course', 'path'] as const) {
    const ids = ofType(type);
    if (!ids.length) continue;
    const rows = await tenant
      .selectFrom(type === 'course' ? 'courses' : 'learning_paths')
      .select(['id', 'title'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows)
      titles.set(`${type}:${row.id}`, { title: row.title, format: type, durationMinutes: null });
  }
  return titles;
}

/**
 * A content item's status and title (as findSubject reads them, Dutch first) and, when it is published,
 * a new enrolment in it, in one statement. `created_id` is null when the person was already enrolled;
 * undefined when the item is not in this organisation.
 */
type Enrolled = { status: string; title: string; created_id: string | null };

/** A content item's status and title (Dutch first) as an enrolment reads it, for a WITH clause. */
const contentSubject = (organisationId: string, contentId: string) => sql`
  SELECT i.status, v.title FROM content_items i
    JOIN content_versions v ON v.organisation_id = i.organisation_id AND v.item_id = i.id
   WHERE i.organisation_id = ${organisationId} AND i.id = ${contentId}
   ORDER BY v.language = 'nl' DESC LIMIT 1`;

export async function enrolInContent(
  tenant: TenantDb,
  row: {
    person_id: string;
    subject_id: string;
    source: string;
    assigned_by: string | null;
    rule_id: string | null;
    due_date: string | null;
  },
) {
  const org = tenant.organisationId;
  const query = sql<Enrolled>`
    WITH subject AS (${contentSubject(org, row.subject_id)}),
    created AS (
      INSERT INTO enrolments (organisation_id, person_id, subject_kind, subject_id, source, assigned_by, rule_id, due_date)
      SELECT ${org}, ${row.person_id}, 'content', ${row.subject_id}, ${row.source}, ${row.assigned_by}::uuid,
             ${row.rule_id}::uuid, ${row.due_date}::date
        FROM subject WHERE subject.status = 'published'
      ON CONFLICT (organisation_id, person_id, subject_kind, subject_id) DO NOTHING
      RETURNING id)
    SELECT subject.status, subject.title, (SELECT id FROM created) AS created_id FROM subject`.compile(
    tenant.executor,
  );
  // Named: planned once per connection (a crowd signing up for a workshop enrols one by one).
  const result = await tenant.executor.executeQuery(
    prepared<Enrolled>('catalogue.enrol-in-content', query.sql, query.parameters),
  );
  return result.rows[0];
}

/**
 * Several people's enrolments in one content item, in one statement (sign-ups of a workshop written
 * together): its status and title as enrolInContent reads them, and who was newly enrolled (`created`,
 * in the order given). Undefined when the item is not in this organisation.
 */
export async function enrolEachInContent(tenant: TenantDb, personIds: string[], contentId: string) {
  const org = tenant.organisationId;
  const query = sql<{ status: string; title: string; created: string[] }>`
    WITH subject AS (${contentSubject(org, contentId)}),
    created AS (
      INSERT INTO enrolments (organisation_id, person_id, subject_kind, subject_id, source)
      SELECT ${org}, p.person_id, 'content', ${contentId}, 'self'
        FROM unnest(${personIds}::uuid[]) WITH ORDINALITY AS p(person_id, ord), subject
       WHERE subject.status = 'published'
       ORDER BY p.ord
      ON CONFLICT (organisation_id, person_id, subject_kind, subject_id) DO NOTHING
      RETURNING person_id)
    SELECT subject.status, subject.title,
           coalesce((SELECT array_agg(person_id::text) FROM created), '{}') AS created
      FROM subject`.compile(tenant.executor);
  const result = await tenant.executor.executeQuery(
    prepared<{ status: string; title: string; created: string[] }>(
      'catalogue.enrol-each-in-content',
      query.sql,
      query.parameters,
    ),
  );
  return result.rows[0];
}
