import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan, can, personIdOf } from '../../access/index.ts';
import { loadCourse } from '../structure/courses.repository.ts';
import { loadPath } from '../structure/paths.repository.ts';
import { certificatesOf, continueItem, enrolmentsWithProgress } from './learner.repository.ts';
import { contentLock, courseLock, type Lock } from './locks.ts';

async function doneContentIds(tenant: TenantDb, personId: string) {
  const rows = await tenant
    .selectFrom('content_progress')
    .select(['content_id', 'completed_at', 'percent'])
    .where('person_id', '=', personId)
    .execute();
  return new Map(rows.map((row) => [row.content_id, row]));
}

/** My enrolment in a course or path, my progress on its modules, and my certificate for it. */
async function progressFor(ctx: Ctx, type: 'content' | 'course' | 'path', id: string, contentIds: string[]) {
  const personId = personIdOf(ctx.auth);
  const progress = await doneContentIds(ctx.db, personId);
  const [enrolment] = await enrolmentsWithProgress(ctx.db, [personId], ctx.locale, {
    only: { type, id },
    today: ctx.today(),
  });
  const certificate = (await certificatesOf(ctx.db, personId)).find(
    (c) => c.type === type && c.subjectId === id,
  );
  return {
    enrolment: enrolment ?? null,
    modules: contentIds.map((contentId) => ({
      contentId,
      percent: progress.get(contentId)?.percent ?? 0,
      isCompleted: !!progress.get(contentId)?.completed_at,
    })),
    certificateId: certificate?.id ?? null,
  };
}

/** A published course (any, for L&D) with my progress per module and what to finish first. */
export async function courseForLearner(ctx: Ctx, courseId: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const course = await loadCourse(ctx.db, courseId, ctx.auth);
  if (!course || (course.status !== 'published' && !can(ctx.auth, 'catalogue.manage')))
    throw notFound('Course');
  const ids = course.sections.flatMap((s) => s.modules.map((m) => m.contentId));
  const progress = await progressFor(ctx, 'course', course.id, ids);
  const isDone = progress.modules.every((m) => m.isCompleted);
  const lock = isDone ? null : await courseLock(ctx.db, personIdOf(ctx.auth), course.id, ctx.locale);
  return { course, progress, lock };
}

/** A published learning path (any, for L&D) with my progress per step and the locked steps. */
export async function pathForLearner(ctx: Ctx, pathId: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const path = await loadPath(ctx.db, pathId, ctx.auth);
  if (!path || (path.status !== 'published' && !can(ctx.auth, 'catalogue.manage')))
    throw notFound('Learning path');
  const personId = personIdOf(ctx.auth);
  const contentIds = path.steps.filter((s) => s.kind === 'content').map((s) => s.id);
  const progress = await progressFor(ctx, 'path', path.id, contentIds);
  // Share of each course step done, from the courses' own modules.
  const courseShares: Record<string, number> = {};
  const done = await doneContentIds(ctx.db, personId);
  for (const step of path.steps.filter((s) => s.kind === 'course')) {
    const course = await loadCourse(ctx.db, step.id);
    const ids = course?.sections.flatMap((s) => s.modules.map((m) => m.contentId)) ?? [];
    courseShares[step.id] = ids.length
      ? Math.round((ids.filter((id) => done.get(id)?.completed_at).length / ids.length) * 100)
      : 0;
  }
  const locks: Record<string, Lock> = {};
  for (const step of path.steps) {
    const isDone = step.kind === 'course' ? courseShares[step.id] === 100 : done.get(step.id)?.completed_at;
    if (isDone) continue;
    const lock =
      step.kind === 'course'
        ? await courseLock(ctx.db, personId, step.id, ctx.locale)
        : await contentLock(ctx.db, personId, step.id, ctx.locale);
    if (lock) locks[step.id] = lock;
  }
  return { path, progress, courseShares, locks };
}

/** Mijn leren: continue, assigned, in progress, completed, certificates. */
export async function myLearning(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  const all = await enrolmentsWithProgress(ctx.db, [personId], ctx.locale, { today: ctx.today() });
  const open = all.filter((e) => !e.completedAt);
  return {
    continue: await continueItem(ctx.db, personId, ctx.locale),
    assigned: open
      .filter((e) => e.source !== 'self')
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    inProgress: open.filter((e) => e.source === 'self'),
    completed: all
      .filter((e) => e.completedAt)
      .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')),
    certificates: await certificatesOf(ctx.db, personId),
  };
}
