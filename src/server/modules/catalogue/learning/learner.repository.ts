import { type RawBuilder, sql } from 'kysely';
import { calendarDateOf } from '../../../core/calendar.ts';
import { port } from '../../../core/ports.ts';
import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { presentCover } from '../content/covers.service.ts';

export type EnrolmentView = {
  id: string;
  personId: string;
  type: 'content' | 'course' | 'path';
  subjectId: string;
  title: string;
  format: string;
  source: 'self' | 'assigned' | 'rule';
  percent: number;
  dueDate: string | null;
  isOverdue: boolean;
  enrolledAt: string;
  lastActivityAt: string | null;
  completedAt: string | null;
  isSubstantial: boolean;
  agreement: { id: string; state: 'awaiting_manager' | 'agreed' } | null;
  cover: { url: string; alt: string } | null;
};

type EnrolmentRow = {
  id: string;
  person_id: string;
  subject_kind: EnrolmentView['type'];
  subject_id: string;
  source: EnrolmentView['source'];
  due_date: string | null;
  enrolled_at: Date;
  last_activity_at: Date | null;
  completed_at: Date | null;
  share: number;
  title: string | null;
  format: string | null;
  is_substantial: boolean | null;
  cover_file_id: string | null;
  cover_alt: string | null;
};

/**
 * Enrolments of some people with progress per content item, course (modules done) and path (steps
 * done), title and the substantial mark in one statement: "Mijn leren" with 200 enrolments was eight
 * round trips and a pass over every progress row in JS. Shares are float8 like the JS they replaced
 * (done / modules, the path's step shares summed in step order / steps), so percentages round the same.
 * `only` narrows it to one subject (a course or path page needs just that enrolment); `today` (the
 * organisation's calendar date, today by default) decides what is overdue.
 */
export async function enrolmentsWithProgress(
  tenant: TenantDb,
  personIds: string[],
  locale: Locale,
  options: { only?: { type: EnrolmentView['type']; id: string }; today?: string } = {},
): Promise<EnrolmentView[]> {
  const { only } = options;
  if (!personIds.length) return [];
  const org = tenant.organisationId;
  // A course's share for the enrolment's person: modules completed / modules (0 without modules).
  const courseShare = (courseId: RawBuilder<unknown>) => sql`(
    SELECT coalesce(count(mp.completed_at)::float8 / nullif(count(*), 0), 0)
    FROM course_modules m
    LEFT JOIN content_progress mp ON mp.organisation_id = m.organisation_id AND mp.person_id = e.person_id
      AND mp.content_id = m.content_id
    WHERE m.organisation_id = e.organisation_id AND m.course_id = ${courseId})`;
  // Content progress and titles are joined, not looked up per row: with 200 enrolments that is one
  // hash join instead of 200 probes. Courses and paths (a few) compute their shares in subqueries.
  const rows = await sql<EnrolmentRow>`
    SELECT e.id, e.person_id, e.subject_kind, e.subject_id, e.source, e.due_date, e.enrolled_at,
      e.last_activity_at, e.completed_at,
      coalesce(ci.title, c.title, p.title) AS title,
      coalesce(CASE WHEN ci.title IS NOT NULL THEN ci.format END, CASE WHEN c.id IS NOT NULL THEN 'course' WHEN p.id IS NOT NULL THEN 'path' END) AS format,
      coalesce(ci.is_substantial, c.is_substantial, p.is_substantial) AS is_substantial,
      coalesce(ci.cover_file_id, c.cover_file_id, p.cover_file_id) AS cover_file_id,
      coalesce(ci.cover_alt, c.cover_alt, p.cover_alt) AS cover_alt,
      CASE
        WHEN e.completed_at IS NOT NULL THEN 1::float8
        WHEN e.subject_kind = 'content' THEN coalesce(cp.percent, 0) / 100::float8
        WHEN e.subject_kind = 'course' THEN ${courseShare(sql`e.subject_id`)}
        ELSE (SELECT coalesce(sum(CASE WHEN st.step_kind = 'course' THEN ${courseShare(sql`st.step_id`)}
              WHEN EXISTS (SELECT 1 FROM content_progress done WHERE done.organisation_id = st.organisation_id
                AND done.person_id = e.person_id AND done.content_id = st.step_id AND done.completed_at IS NOT NULL)
              THEN 1::float8 ELSE 0::float8 END ORDER BY st.position) / count(*), 0)
          FROM learning_path_steps st WHERE st.organisation_id = e.organisation_id AND st.path_id = e.subject_id)
      END AS share
    FROM enrolments e
    LEFT JOIN content_progress cp ON e.subject_kind = 'content' AND cp.organisation_id = e.organisation_id
      AND cp.person_id = e.person_id AND cp.content_id = e.subject_id
    LEFT JOIN LATERAL (
      -- The title in the wanted language, else the other one; none when the item has no version.
      SELECT i.kind AS format, i.is_substantial, i.cover_file_id, i.cover_alt, coalesce(
        (SELECT v.title FROM content_versions v
         WHERE v.organisation_id = i.organisation_id AND v.item_id = i.id AND v.language = ${locale}),
        (SELECT v.title FROM content_versions v
         WHERE v.organisation_id = i.organisation_id AND v.item_id = i.id LIMIT 1)) AS title
      FROM content_items i
      WHERE e.subject_kind = 'content' AND i.organisation_id = e.organisation_id AND i.id = e.subject_id
    ) ci ON true
    LEFT JOIN courses c ON e.subject_kind = 'course' AND c.organisation_id = e.organisation_id AND c.id = e.subject_id
    LEFT JOIN learning_paths p ON e.subject_kind = 'path' AND p.organisation_id = e.organisation_id AND p.id = e.subject_id
    WHERE e.organisation_id = ${org} AND e.person_id IN (${sql.join(personIds)})
      ${only ? sql`AND e.subject_kind = ${only.type} AND e.subject_id = ${only.id}` : sql``}
    ORDER BY e.last_activity_at DESC NULLS LAST, e.enrolled_at DESC`.execute(tenant.executor);
  const today = options.today ?? calendarDateOf(new Date());
  const agreements = await port('agreementsForEnrolments')(
    tenant,
    rows.rows.map((r) => r.id),
  );
  return rows.rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    type: row.subject_kind,
    subjectId: row.subject_id,
    title: row.title ?? '',
    format: row.format ?? row.subject_kind,
    source: row.source,
    percent: Math.round(row.share * 100),
    dueDate: row.due_date,
    isOverdue: !row.completed_at && !!row.due_date && row.due_date < today,
    enrolledAt: row.enrolled_at.toISOString(),
    lastActivityAt: row.last_activity_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
    isSubstantial: row.is_substantial === true,
    cover: presentCover(row),
    agreement: agreements.get(row.id) ?? null,
  }));
}

/** The item to pick up again: the most recent unfinished one the person opened. */
export async function continueItem(tenant: TenantDb, personId: string, locale: Locale) {
  const row = await tenant
    .selectFrom('content_progress')
    .innerJoin('content_items', (join) =>
      join
        .onRef('content_items.organisation_id', '=', 'content_progress.organisation_id')
        .onRef('content_items.id', '=', 'content_progress.content_id'),
    )
    .select([
      'content_progress.content_id',
      'content_progress.percent',
      'content_progress.position_seconds',
      'content_items.kind',
      // Its title in the wanted language, else the other one (as contentHeadlines picks it).
      sql<string | null>`(SELECT v.title FROM content_versions v
        WHERE v.organisation_id = content_items.organisation_id AND v.item_id = content_items.id
        ORDER BY v.language = ${locale} DESC LIMIT 1)`.as('title'),
    ])
    .where('content_progress.person_id', '=', personId)
    .where('content_progress.completed_at', 'is', null)
    .where('content_items.status', '=', 'published')
    .orderBy('content_progress.updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  return {
    contentId: row.content_id,
    kind: row.kind,
    title: row.title ?? '',
    percent: row.percent,
    positionSeconds: row.position_seconds === null ? null : Number(row.position_seconds),
  };
}

export async function certificatesOf(tenant: TenantDb, personId: string) {
  const rows = await tenant
    .selectFrom('certificates')
    .select(['id', 'subject_kind', 'subject_id', 'title', 'verification_code', 'issued_at'])
    .where('person_id', '=', personId)
    .orderBy('issued_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    type: row.subject_kind,
    subjectId: row.subject_id,
    title: row.title,
    verificationCode: row.verification_code,
    issuedAt: row.issued_at.toISOString(),
  }));
}

declare module '../../../core/ports.ts' {
  interface Ports {
    /** The learning agreement made for each enrolment (the newest), by enrolment id. */
    agreementsForEnrolments(
      tenant: TenantDb,
      enrolmentIds: string[],
    ): Promise<Map<string, { id: string; state: 'awaiting_manager' | 'agreed' }>>;
  }
}

/** Whether the enrolment is this person's (learning agreements may be made only for one's own). */
export async function isEnrolmentOf(tenant: TenantDb, personId: string, enrolmentId: string) {
  const row = await tenant
    .selectFrom('enrolments')
    .select('id')
    .where('id', '=', enrolmentId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}
