import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, assertCan, authOf, can, personIdOf } from '../access/index.ts';
import { loadCourse } from './courses.service.ts';
import { assignLearning, selfEnrol } from './enrolment.service.ts';
import { certificatesOf, continueItem, enrolmentsWithProgress } from './learner.views.ts';
import {
  assignBody,
  attemptBody,
  attemptResult,
  enrolmentViewSchema,
  lockSchema,
  myLearningSchema,
  playerSchema,
  progressBody,
  progressResult,
  subjectRef,
} from './learning.schemas.ts';
import { contentLock, courseLock, type Lock } from './locks.service.ts';
import { loadPath } from './paths.service.ts';
import {
  confirmAssignment,
  markDone,
  playerView,
  recordProgress,
  submitAssignment,
  submitQuizAttempt,
} from './player.service.ts';
import { courseSchema, pathSchema } from './structure.schemas.ts';

const tags = ['learning'];
const conflict = { 409: problemSchema };
const localeOf = (auth: Auth) => (auth.kind === 'person' ? auth.locale : 'nl');

async function doneContentIds(tenant: TenantDb, personId: string) {
  const rows = await tenant
    .selectFrom('content_progress')
    .select(['content_id', 'completed_at', 'percent'])
    .where('person_id', '=', personId)
    .execute();
  return new Map(rows.map((row) => [row.content_id, row]));
}

const learnerProgress = z.object({
  enrolment: enrolmentViewSchema.nullable(),
  modules: z.array(z.object({ contentId: z.uuid(), percent: z.number().int(), isCompleted: z.boolean() })),
  certificateId: z.uuid().nullable(),
});

/** The learner's side: players, progress, quizzes, enrolment, "Mijn leren". */
export const learningRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const baseUrl = deps.config.baseUrl;
    const tenantOf = (auth: Auth) => forOrganisation(deps.db, auth.organisationId);

    async function progressFor(
      auth: Auth,
      type: 'content' | 'course' | 'path',
      id: string,
      contentIds: string[],
    ) {
      const personId = personIdOf(auth);
      const tenant = tenantOf(auth);
      const progress = await doneContentIds(tenant, personId);
      const [enrolment] = await enrolmentsWithProgress(tenant, [personId], localeOf(auth), { type, id });
      const certificate = (await certificatesOf(tenant, personId)).find(
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

    app.get(
      '/learning/items/:id',
      {
        schema: {
          tags,
          summary: 'An item to learn from, in my language, with my progress',
          params: idParams,
          response: { 200: playerSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        return playerView({ db: deps.db, auth, contentId: request.params.id });
      },
    );

    app.put(
      '/learning/items/:id/progress',
      {
        schema: {
          tags,
          summary: 'Save where I am (percent, second); completes media at 90 %, reading at 100 %',
          params: idParams,
          body: progressBody,
          response: { 200: progressResult, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        return recordProgress({ db: deps.db, auth, contentId: request.params.id, baseUrl, ...request.body });
      },
    );

    app.post(
      '/learning/items/:id/done',
      {
        schema: {
          tags,
          summary: 'Mark an article, PDF or external link as done',
          params: idParams,
          response: { 200: progressResult, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        return markDone({ db: deps.db, auth, contentId: request.params.id, baseUrl });
      },
    );

    app.post(
      '/learning/items/:id/attempts',
      {
        schema: {
          tags,
          summary: 'Hand in a quiz attempt: score, pass or fail, feedback per question',
          params: idParams,
          body: attemptBody,
          response: { 200: attemptResult, ...problems, ...conflict },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        return submitQuizAttempt({
          db: deps.db,
          auth,
          contentId: request.params.id,
          answers: request.body.answers,
          baseUrl,
        });
      },
    );

    app.put(
      '/learning/items/:id/submission',
      {
        schema: {
          tags,
          summary: 'Hand in (or change) my reflection on an on-the-job assignment; my manager confirms it',
          params: idParams,
          body: z.object({ reflection: z.string().trim().min(1).max(10000) }),
          response: { 204: z.null(), ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        await submitAssignment({
          db: deps.db,
          auth,
          contentId: request.params.id,
          reflection: request.body.reflection,
          baseUrl,
        });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/learning/items/:id/submissions/:personId/confirm',
      {
        schema: {
          tags,
          summary: "Confirm a report's on-the-job assignment (manager or L&D); completes it",
          params: z.object({ id: z.uuid(), personId: z.uuid() }),
          response: { 200: progressResult, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        return confirmAssignment({
          db: deps.db,
          auth,
          contentId: request.params.id,
          personId: request.params.personId,
          baseUrl,
        });
      },
    );

    app.get(
      '/learning/courses/:id',
      {
        schema: {
          tags,
          summary: 'A published course with my progress per module',
          params: idParams,
          response: {
            200: z.object({ course: courseSchema, progress: learnerProgress, lock: lockSchema.nullable() }),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const course = await loadCourse(tenantOf(auth), request.params.id, auth);
        if (!course || (course.status !== 'published' && !can(auth, 'catalogue.manage')))
          throw notFound('Course');
        const ids = course.sections.flatMap((s) => s.modules.map((m) => m.contentId));
        const progress = await progressFor(auth, 'course', course.id, ids);
        const isDone = progress.modules.every((m) => m.isCompleted);
        const lock = isDone
          ? null
          : await courseLock(tenantOf(auth), personIdOf(auth), course.id, localeOf(auth));
        return { course, progress, lock };
      },
    );

    app.get(
      '/learning/paths/:id',
      {
        schema: {
          tags,
          summary: 'A published learning path with my progress per step',
          params: idParams,
          response: {
            200: z.object({
              path: pathSchema,
              progress: learnerProgress,
              courseShares: z.record(z.string(), z.number().int()),
              locks: z
                .record(z.string(), lockSchema)
                .describe('Per step id: what to finish first; unlocked steps are absent'),
            }),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const tenant = tenantOf(auth);
        const path = await loadPath(tenant, request.params.id, auth);
        if (!path || (path.status !== 'published' && !can(auth, 'catalogue.manage')))
          throw notFound('Learning path');
        const contentIds = path.steps.filter((s) => s.kind === 'content').map((s) => s.id);
        const progress = await progressFor(auth, 'path', path.id, contentIds);
        // Share of each course step done, from the courses' own modules.
        const courseShares: Record<string, number> = {};
        const done = await doneContentIds(tenant, personIdOf(auth));
        for (const step of path.steps.filter((s) => s.kind === 'course')) {
          const course = await loadCourse(tenant, step.id);
          const ids = course?.sections.flatMap((s) => s.modules.map((m) => m.contentId)) ?? [];
          courseShares[step.id] = ids.length
            ? Math.round((ids.filter((id) => done.get(id)?.completed_at).length / ids.length) * 100)
            : 0;
        }
        const locks: Record<string, Lock> = {};
        for (const step of path.steps) {
          const isDone =
            step.kind === 'course' ? courseShares[step.id] === 100 : done.get(step.id)?.completed_at;
          if (isDone) continue;
          const lock =
            step.kind === 'course'
              ? await courseLock(tenant, personIdOf(auth), step.id, localeOf(auth))
              : await contentLock(tenant, personIdOf(auth), step.id, localeOf(auth));
          if (lock) locks[step.id] = lock;
        }
        return { path, progress, courseShares, locks };
      },
    );

    app.post(
      '/learning/enrolments',
      {
        schema: {
          tags,
          summary: 'Enrol myself in a published content item, course or path',
          body: subjectRef,
          response: { 201: z.object({ id: z.uuid(), isNew: z.boolean() }), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        return reply.status(201).send(await selfEnrol({ db: deps.db, auth, subject: request.body, baseUrl }));
      },
    );

    app.post(
      '/learning/assignments',
      {
        schema: {
          tags,
          summary: 'Assign learning to people, units (with sub-units) or roles, with a due date',
          description: 'L&D may assign to anyone; a manager to their own direct reports only.',
          body: assignBody,
          response: {
            200: z.object({ people: z.number().int(), newEnrolments: z.number().int() }),
            ...problems,
          },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'learning.assign');
        return assignLearning({ db: deps.db, auth, input: request.body, baseUrl });
      },
    );

    app.get(
      '/learning/mine',
      {
        schema: {
          tags,
          summary: 'Mijn leren: continue, assigned, in progress, completed, certificates',
          response: { 200: myLearningSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const personId = personIdOf(auth);
        const tenant = tenantOf(auth);
        const all = await enrolmentsWithProgress(tenant, [personId], localeOf(auth));
        const open = all.filter((e) => !e.completedAt);
        return {
          continue: await continueItem(tenant, personId, localeOf(auth)),
          assigned: open
            .filter((e) => e.source !== 'self')
            .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
          inProgress: open.filter((e) => e.source === 'self'),
          completed: all
            .filter((e) => e.completedAt)
            .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? '')),
          certificates: await certificatesOf(tenant, personId),
        };
      },
    );
  };
