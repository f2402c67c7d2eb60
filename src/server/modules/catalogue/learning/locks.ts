import { sql } from 'kysely';
import type { Locale } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError } from '../../../http/errors.ts';
import { contentHeadlines } from '../titles.ts';
import { isCourseComplete } from './completion.service.ts';

/** What must be finished first: a prerequisite course, or an earlier step of an ordered path. */
export type Lock = {
  reason: 'prerequisite' | 'path_order';
  path: { id: string; title: string } | null;
  first: { type: 'course' | 'content'; id: string; title: string }[];
};

async function isContentComplete(trx: TenantDb, personId: string, contentId: string) {
  const row = await trx
    .selectFrom('content_progress')
    .select('content_id')
    .where('person_id', '=', personId)
    .where('content_id', '=', contentId)
    .where('completed_at', 'is not', null)
    .executeTakeFirst();
  return Boolean(row);
}

async function hasOwnEnrolment(trx: TenantDb, personId: string, type: 'course' | 'content', id: string) {
  const row = await trx
    .selectFrom('enrolments')
    .select('id')
    .where('person_id', '=', personId)
    .where('subject_kind', '=', type)
    .where('subject_id', '=', id)
    .executeTakeFirst();
  return Boolean(row);
}

async function stepTitles(
  trx: TenantDb,
  steps: { type: 'course' | 'content'; id: string }[],
  locale: Locale,
) {
  const courseIds = steps.filter((s) => s.type === 'course').map((s) => s.id);
  const courses = new Map(
    courseIds.length
      ? (await trx.selectFrom('courses').select(['id', 'title']).where('id', 'in', courseIds).execute()).map(
          (c) => [c.id, c.title],
        )
      : [],
  );
  const items = await contentHeadlines(
    trx,
    steps.filter((s) => s.type === 'content').map((s) => s.id),
    locale,
  );
  return steps.map((s) => ({
    ...s,
    title: (s.type === 'course' ? courses.get(s.id) : items.get(s.id)?.title) ?? '',
  }));
}

/**
 * The order lock of a step in the ordered paths the person follows: it opens when, in one of those
 * paths, every earlier step is complete. Learning the person was given on its own is never path-locked.
 */
async function pathOrderLock(
  trx: TenantDb,
  personId: string,
  step: { type: 'course' | 'content'; id: string },
  locale: Locale,
): Promise<Lock | null> {
  const paths = await trx
    .selectFrom('learning_path_steps')
    .innerJoin('learning_paths as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'learning_path_steps.organisation_id')
        .onRef('p.id', '=', 'learning_path_steps.path_id'),
    )
    .innerJoin('enrolments as e', (join) =>
      join
        .onRef('e.organisation_id', '=', 'p.organisation_id')
        .onRef('e.subject_id', '=', 'p.id')
        .on('e.subject_kind', '=', 'path')
        .on('e.person_id', '=', personId)
        .on('e.completed_at', 'is', null),
    )
    .select(['p.id', 'p.title', 'learning_path_steps.position'])
    .where('learning_path_steps.step_kind', '=', step.type)
    .where('learning_path_steps.step_id', '=', step.id)
    .where('p.is_ordered', '=', true)
    .orderBy('e.enrolled_at')
    .execute();
  if (!paths.length || (await hasOwnEnrolment(trx, personId, step.type, step.id))) return null;
  let first: {
    path: { id: string; title: string };
    open: { type: 'course' | 'content'; id: string }[];
  } | null = null;
  for (const path of paths) {
    const earlier = await trx
      .selectFrom('learning_path_steps')
      .select(['step_kind', 'step_id'])
      .where('path_id', '=', path.id)
      .where('position', '<', path.position)
      .orderBy('position')
      .execute();
    const open: { type: 'course' | 'content'; id: string }[] = [];
    for (const s of earlier) {
      const isDone =
        s.step_kind === 'course'
          ? await isCourseComplete(trx, personId, s.step_id)
          : await isContentComplete(trx, personId, s.step_id);
      if (!isDone) open.push({ type: s.step_kind, id: s.step_id });
    }
    if (!open.length) return null;
    first ??= { path: { id: path.id, title: path.title }, open };
  }
  if (!first) return null;
  return { reason: 'path_order', path: first.path, first: await stepTitles(trx, first.open, locale) };
}

/** A course is locked while a prerequisite course is unfinished, or an ordered path puts it later. */
export async function courseLock(
  trx: TenantDb,
  personId: string,
  courseId: string,
  locale: Locale = 'nl',
): Promise<Lock | null> {
  const required = await trx
    .selectFrom('course_prerequisites')
    .innerJoin('courses as c', (join) =>
      join
        .onRef('c.organisation_id', '=', 'course_prerequisites.organisation_id')
        .onRef('c.id', '=', 'course_prerequisites.required_course_id'),
    )
    .select(['c.id', 'c.title'])
    .where('course_prerequisites.course_id', '=', courseId)
    .orderBy('c.title')
    .execute();
  const open = [];
  for (const course of required)
    if (!(await isCourseComplete(trx, personId, course.id)))
      open.push({ type: 'course' as const, ...course });
  if (open.length) return { reason: 'prerequisite', path: null, first: open };
  return pathOrderLock(trx, personId, { type: 'course', id: courseId }, locale);
}

/**
 * A module is locked when every course it belongs to is locked for the person; an item outside
 * courses only by the order of an ordered path the person follows.
 */
export async function contentLock(
  trx: TenantDb,
  personId: string,
  contentId: string,
  locale: Locale = 'nl',
): Promise<Lock | null> {
  const courses = await trx
    .selectFrom('course_modules')
    .select('course_id')
    .distinct()
    .where('content_id', '=', contentId)
    .execute();
  if (!courses.length) return pathOrderLock(trx, personId, { type: 'content', id: contentId }, locale);
  let lock: Lock | null = null;
  for (const { course_id } of courses) {
    const found = await courseLock(trx, personId, course_id, locale);
    if (!found) return null;
    lock ??= found;
  }
  return lock;
}

/**
 * One statement for every progress write: most learning is in no course with prerequisites and in no
 * ordered path, and what is finished stays open (re-watching, re-reading). Only the rest needs the
 * full lock check above.
 */
async function mayBeLocked(trx: TenantDb, personId: string, contentId: string): Promise<boolean> {
  const org = trx.organisationId;
  const { rows } = await sql<{ gated: boolean }>`
    SELECT NOT EXISTS (
        SELECT 1 FROM content_progress
        WHERE organisation_id = ${org} AND person_id = ${personId} AND content_id = ${contentId}
          AND completed_at IS NOT NULL)
      AND (
        EXISTS (
          SELECT 1 FROM course_modules m
          JOIN course_prerequisites r ON r.organisation_id = m.organisation_id AND r.course_id = m.course_id
          WHERE m.organisation_id = ${org} AND m.content_id = ${contentId})
        OR EXISTS (
          SELECT 1 FROM learning_path_steps s
          JOIN learning_paths p ON p.organisation_id = s.organisation_id AND p.id = s.path_id AND p.is_ordered
          WHERE s.organisation_id = ${org} AND (
            (s.step_kind = 'content' AND s.step_id = ${contentId})
            OR (s.step_kind = 'course' AND s.step_id IN (
              SELECT course_id FROM course_modules WHERE organisation_id = ${org} AND content_id = ${contentId}))))
      ) AS gated`.execute(trx.executor);
  return rows[0]?.gated ?? true;
}

/** 409 learning_locked naming what to finish first; the UI shows the same lock before anyone tries. */
export async function assertContentUnlocked(
  trx: TenantDb,
  personId: string,
  contentId: string,
  locale: Locale = 'nl',
) {
  if (!(await mayBeLocked(trx, personId, contentId))) return;
  const lock = await contentLock(trx, personId, contentId, locale);
  if (!lock) return;
  const titles = lock.first.map((s) => `"${s.title}"`).join(', ');
  throw new AppError(
    'learning_locked',
    lock.reason === 'prerequisite'
      ? `Finish the prerequisite course ${titles} first.`
      : `Finish ${titles} first: it comes earlier in the learning path "${lock.path?.title}".`,
    { extra: { lock } },
  );
}
