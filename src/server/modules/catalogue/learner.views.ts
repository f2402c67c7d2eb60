import { sql } from 'kysely';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { agreementsForEnrolments } from '../learning-agreements/index.ts';
import { subjectTitles } from './subjects.ts';

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
};

/** Enrolments of some people with progress per content item, course (modules done) and path (steps done). */
export async function enrolmentsWithProgress(
  tenant: TenantDb,
  personIds: string[],
  locale: Locale,
): Promise<EnrolmentView[]> {
  if (!personIds.length) return [];
  const org = tenant.organisationId;
  const people = sql.join(personIds);
  const rows = await tenant
    .selectFrom('enrolments')
    .selectAll()
    .where('person_id', 'in', personIds)
    .orderBy('last_activity_at', (ob) => ob.desc().nullsLast())
    .orderBy('enrolled_at', 'desc')
    .execute();
  const progress = await sql<{ person_id: string; content_id: string; percent: number; done: boolean }>`
    SELECT person_id, content_id, percent, completed_at IS NOT NULL AS done FROM content_progress
    WHERE organisation_id = ${org} AND person_id IN (${people})`.execute(tenant.executor);
  const progressOf = new Map(progress.rows.map((row) => [`${row.person_id}:${row.content_id}`, row]));
  const courseIds = new Set(rows.filter((r) => r.subject_kind === 'course').map((r) => r.subject_id));
  const pathIds = [...new Set(rows.filter((r) => r.subject_kind === 'path').map((r) => r.subject_id))];
  const steps = pathIds.length
    ? await tenant
        .selectFrom('learning_path_steps')
        .select(['path_id', 'step_kind', 'step_id'])
        .where('path_id', 'in', pathIds)
        .execute()
    : [];
  for (const step of steps) if (step.step_kind === 'course') courseIds.add(step.step_id);
  const modules = courseIds.size
    ? await tenant
        .selectFrom('course_modules')
        .select(['course_id', 'content_id'])
        .where('course_id', 'in', [...courseIds])
        .execute()
    : [];
  const modulesOf = new Map<string, string[]>();
  for (const m of modules) modulesOf.set(m.course_id, [...(modulesOf.get(m.course_id) ?? []), m.content_id]);
  const courseShare = (personId: string, courseId: string) => {
    const list = modulesOf.get(courseId) ?? [];
    if (!list.length) return 0;
    return list.filter((id) => progressOf.get(`${personId}:${id}`)?.done).length / list.length;
  };
  const titles = await subjectTitles(
    tenant,
    rows.map((r) => ({ type: r.subject_kind, id: r.subject_id })),
    locale,
  );
  const today = new Date().toISOString().slice(0, 10);
  const substantial = await substantialSubjects(tenant, rows);
  const agreements = await agreementsForEnrolments(
    tenant,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    let share: number;
    if (row.completed_at) share = 1;
    else if (row.subject_kind === 'content')
      share = (progressOf.get(`${row.person_id}:${row.subject_id}`)?.percent ?? 0) / 100;
    else if (row.subject_kind === 'course') share = courseShare(row.person_id, row.subject_id);
    else {
      const own = steps.filter((s) => s.path_id === row.subject_id);
      share = own.length
        ? own.reduce(
            (sum, s) =>
              sum +
              (s.step_kind === 'course'
                ? courseShare(row.person_id, s.step_id)
                : progressOf.get(`${row.person_id}:${s.step_id}`)?.done
                  ? 1
                  : 0),
            0,
          ) / own.length
        : 0;
    }
    const headline = titles.get(`${row.subject_kind}:${row.subject_id}`);
    return {
      id: row.id,
      personId: row.person_id,
      type: row.subject_kind,
      subjectId: row.subject_id,
      title: headline?.title ?? '',
      format: headline?.format ?? row.subject_kind,
      source: row.source,
      percent: Math.round(share * 100),
      dueDate: row.due_date,
      isOverdue: !row.completed_at && !!row.due_date && row.due_date < today,
      enrolledAt: row.enrolled_at.toISOString(),
      lastActivityAt: row.last_activity_at?.toISOString() ?? null,
      completedAt: row.completed_at?.toISOString() ?? null,
      isSubstantial: substantial.has(`${row.subject_kind}:${row.subject_id}`),
      agreement: agreements.get(row.id) ?? null,
    };
  });
}

/** Which of these subjects L&D marked as substantial, keyed `type:id`. */
async function substantialSubjects(
  tenant: TenantDb,
  rows: { subject_kind: 'content' | 'course' | 'path'; subject_id: string }[],
) {
  const found = new Set<string>();
  const tables = { content: 'content_items', course: 'courses', path: 'learning_paths' } as const;
  for (const kind of ['content', 'course', 'path'] as const) {
    const ids = [...new Set(rows.filter((r) => r.subject_kind === kind).map((r) => r.subject_id))];
    if (!ids.length) continue;
    const marked = await tenant
      .selectFrom(tables[kind])
      .select('id')
      .where('id', 'in', ids)
      .where('is_substantial', '=', true)
      .execute();
    for (const row of marked) found.add(`${kind}:${row.id}`);
  }
  return found;
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
    ])
    .where('content_progress.person_id', '=', personId)
    .where('content_progress.completed_at', 'is', null)
    .where('content_items.status', '=', 'published')
    .orderBy('content_progress.updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const title = (await subjectTitles(tenant, [{ type: 'content', id: row.content_id }], locale)).get(
    `content:${row.content_id}`,
  );
  return {
    contentId: row.content_id,
    kind: row.kind,
    title: title?.title ?? '',
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
