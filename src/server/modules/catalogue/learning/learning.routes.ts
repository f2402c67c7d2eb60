import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problemSchema, problems } from '../../../http/common.schemas.ts';
import { subjectRef } from '../catalogue.schemas.ts';
import { courseSchema, pathSchema } from '../structure/structure.schemas.ts';
import { assignLearning, selfEnrol } from './enrolment.service.ts';
import { courseForLearner, myLearning, pathForLearner } from './learning.read.ts';
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
} from './learning.schemas.ts';
import { playerView } from './player.read.ts';
import {
  confirmAssignment,
  markDone,
  recordProgress,
  submitAssignment,
  submitQuizAttempt,
} from './player.service.ts';

const tags = ['learning'];
const conflict = { 409: problemSchema };

const learnerProgress = z.object({
  enrolment: enrolmentViewSchema.nullable(),
  modules: z.array(z.object({ contentId: z.uuid(), percent: z.number().int(), isCompleted: z.boolean() })),
  certificateId: z.uuid().nullable(),
});

/** The learner's side: players, progress, quizzes, enrolment, "Mijn leren". */
export const learningRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { baseUrl } = deps.config;

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
      async (request) => playerView(ctxOf(request), request.params.id),
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
      async (request) =>
        recordProgress(ctxOf(request), { contentId: request.params.id, baseUrl, ...request.body }),
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
      async (request) => markDone(ctxOf(request), { contentId: request.params.id, baseUrl }),
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
      async (request) =>
        submitQuizAttempt(ctxOf(request), {
          contentId: request.params.id,
          answers: request.body.answers,
          baseUrl,
        }),
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
        await submitAssignment(ctxOf(request), {
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
      async (request) =>
        confirmAssignment(ctxOf(request), {
          contentId: request.params.id,
          personId: request.params.personId,
          baseUrl,
        }),
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
      async (request) => courseForLearner(ctxOf(request), request.params.id),
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
      async (request) => pathForLearner(ctxOf(request), request.params.id),
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
      async (request, reply) =>
        reply.status(201).send(await selfEnrol(ctxOf(request), { subject: request.body, baseUrl })),
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
      async (request) => assignLearning(ctxOf(request), { input: request.body, baseUrl }),
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
      async (request) => myLearning(ctxOf(request)),
    );
  };
