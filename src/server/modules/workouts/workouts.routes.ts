import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { library, myWorkouts, workoutView } from './workouts.read.ts';
import {
  completeBody,
  librarySchema,
  planWorkoutBody,
  reflectionBody,
  templateBody,
  templateParams,
  workoutSchema,
  workoutSettingsSchema,
  workoutSummarySchema,
} from './workouts.schemas.ts';
import {
  completeWorkout,
  createTemplate,
  editTemplate,
  planWorkout,
  reflect,
  removeTemplate,
} from './workouts.service.ts';
import { readWorkoutSettings, setWorkoutSettings } from './workouts.settings.ts';

const tags = ['workouts'];

export const workoutRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/workouts/library',
    {
      schema: {
        tags,
        summary: 'The WorkOut library: shipped ones in my language, then the organisation’s own',
        response: { 200: z.array(librarySchema), ...problems },
      },
    },
    async (request) => library(ctxOf(request)),
  );
  app.post(
    '/workouts/templates',
    {
      schema: {
        tags,
        summary: 'Write an own WorkOut (a manager or L&D)',
        body: templateBody,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: await createTemplate(ctxOf(request), request.body) }),
  );
  app.put(
    '/workout-templates/:id',
    {
      schema: {
        tags,
        summary: 'Rewrite an own WorkOut (its author or L&D; planned ones keep their copy; shipped: 409)',
        params: templateParams,
        body: templateBody,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await editTemplate(ctxOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/workout-templates/:id',
    {
      schema: {
        tags,
        summary: 'Delete an own WorkOut (its author or L&D; planned ones keep their copy; shipped: 409)',
        params: templateParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await removeTemplate(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/workouts/settings',
    {
      schema: {
        tags,
        summary: "The organisation's WorkOut settings (the reflection reminder's delay)",
        response: { 200: workoutSettingsSchema, ...problems },
      },
    },
    async (request) => readWorkoutSettings(ctxOf(request)),
  );
  app.put(
    '/workouts/settings',
    {
      schema: {
        tags,
        summary: "Change the organisation's WorkOut settings (L&D)",
        body: workoutSettingsSchema,
        response: { 200: workoutSettingsSchema, ...problems },
      },
    },
    async (request) => setWorkoutSettings(ctxOf(request), request.body),
  );
  app.get(
    '/workouts',
    {
      schema: {
        tags,
        summary: 'The WorkOuts I lead or take part in',
        response: { 200: z.array(workoutSummarySchema), ...problems },
      },
    },
    async (request) => myWorkouts(ctxOf(request)),
  );
  app.post(
    '/workouts',
    {
      schema: {
        tags,
        summary: 'Plan a WorkOut with my team (a manager; participants are my direct reports)',
        body: planWorkoutBody,
        response: { 201: workoutSchema, ...problems },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const id = await planWorkout(ctx, request.body);
      return reply.status(201).send(await workoutView(ctx, id));
    },
  );
  app.get(
    '/workouts/:id',
    {
      schema: {
        tags,
        summary: 'One WorkOut with the team’s reflections and next steps',
        params: idParams,
        response: { 200: workoutSchema, ...problems },
      },
    },
    async (request) => workoutView(ctxOf(request), request.params.id),
  );
  app.put(
    '/workouts/:id/reflection',
    {
      schema: {
        tags,
        summary: 'Write my reflection (a participant, until the WorkOut is done)',
        params: idParams,
        body: reflectionBody,
        response: { 200: workoutSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await reflect(ctx, request.params.id, request.body.text);
      return workoutView(ctx, request.params.id);
    },
  );
  app.post(
    '/workouts/:id/complete',
    {
      schema: {
        tags,
        summary: 'Close the WorkOut with the next steps (plans, team goals) and book learning time',
        params: idParams,
        body: completeBody,
        response: { 200: workoutSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await completeWorkout(ctx, request.params.id, request.body);
      return workoutView(ctx, request.params.id);
    },
  );
};
