import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { addAction, deleteAction, updateAction } from './plan-actions.service.ts';
import { listPlans, myPlan, planHistory, planView, suggestionsFor } from './plans.read.ts';
import {
  createActionBody,
  createGoalBody,
  createNoteBody,
  createPlanBody,
  historyEntrySchema,
  learningSuggestionSchema,
  listPlansQuery,
  myPlanQuery,
  planActionParams,
  planGoalParams,
  planSchema,
  planSummarySchema,
  suggestionsQuery,
  updateActionBody,
  updateGoalBody,
} from './plans.schemas.ts';
import { addGoal, addNote, createPlan, deleteGoal, movePlan, updateGoal } from './plans.service.ts';

const tags = ['development plans'];
const conflict = { 409: problems[400] };

export const planRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans/suggestions',
      {
        schema: {
          tags,
          summary: 'Published learning that serves what a plan goal serves (its skill, goal or label)',
          querystring: suggestionsQuery,
          response: { 200: z.array(learningSuggestionSchema), ...problems },
        },
      },
      async (request) => suggestionsFor(ctxOf(request), request.query.goalId),
    );

    app.get(
      '/plans/mine',
      {
        schema: {
          tags,
          summary: 'My development plan for a period (default: this year), or null when I have none yet',
          querystring: myPlanQuery,
          response: { 200: z.object({ period: z.string(), plan: planSchema.nullable() }), ...problems },
        },
      },
      async (request) => myPlan(ctxOf(request), request.query),
    );

    app.post(
      '/plans',
      {
        schema: {
          tags,
          summary: 'Start my plan for a period (default: this year)',
          body: createPlanBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createPlan(ctx, request.body);
        return reply.status(201).send(await planView(ctx, id));
      },
    );

    app.get(
      '/plans',
      {
        schema: {
          tags,
          summary: "Plans of my reports (scope=team) or, for HR, everyone's plan state (scope=organisation)",
          querystring: listPlansQuery,
          response: { 200: z.array(planSummarySchema), ...problems },
        },
      },
      async (request) => listPlans(ctxOf(request), request.query),
    );

    app.get(
      '/plans/:id',
      {
        schema: {
          tags,
          summary: 'One plan (owner; manager and HR once shared)',
          params: idParams,
          response: { 200: planSchema, ...problems },
        },
      },
      async (request) => planView(ctxOf(request), request.params.id),
    );

    app.get(
      '/plans/:id/history',
      {
        schema: {
          tags,
          summary: "The plan's history: every change, by whom and when",
          params: idParams,
          response: { 200: z.array(historyEntrySchema), ...problems },
        },
      },
      async (request) => planHistory(ctxOf(request), request.params.id),
    );

    for (const step of ['share', 'agree', 'review'] as const) {
      app.post(
        `/plans/:id/${step}`,
        {
          schema: {
            tags,
            summary: {
              share: 'Share my plan with my manager',
              agree: 'Manager: agree to the shared plan',
              review: 'Manager: mark the agreed plan as reviewed (end of period)',
            }[step],
            params: idParams,
            response: { 200: planSchema, ...problems, ...conflict },
          },
        },
        async (request) => {
          const ctx = ctxOf(request);
          await movePlan(ctx, { planId: request.params.id, step });
          return planView(ctx, request.params.id);
        },
      );
    }

    app.post(
      '/plans/:id/goals',
      {
        schema: {
          tags,
          summary: 'Add a goal to my plan',
          params: idParams,
          body: createGoalBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addGoal(ctx, { planId: request.params.id, input: request.body });
        return reply.status(201).send(await planView(ctx, request.params.id));
      },
    );

    app.patch(
      '/plans/:id/goals/:goalId',
      {
        schema: {
          tags,
          summary: 'Change a goal (progress and status do not ask for agreement again)',
          params: planGoalParams,
          body: updateGoalBody,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateGoal(ctx, {
          planId: request.params.id,
          goalId: request.params.goalId,
          input: request.body,
        });
        return planView(ctx, request.params.id);
      },
    );

    app.delete(
      '/plans/:id/goals/:goalId',
      {
        schema: {
          tags,
          summary: 'Remove a goal',
          params: planGoalParams,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await deleteGoal(ctx, { planId: request.params.id, goalId: request.params.goalId });
        return planView(ctx, request.params.id);
      },
    );

    app.post(
      '/plans/:id/actions',
      {
        schema: {
          tags,
          summary: 'Add an action (learning, mentor, assignment, event, external training, other)',
          params: idParams,
          body: createActionBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addAction(ctx, { planId: request.params.id, input: request.body });
        return reply.status(201).send(await planView(ctx, request.params.id));
      },
    );

    app.patch(
      '/plans/:id/actions/:actionId',
      {
        schema: {
          tags,
          summary: 'Change an action or mark it done',
          params: planActionParams,
          body: updateActionBody,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateAction(ctx, {
          planId: request.params.id,
          actionId: request.params.actionId,
          input: request.body,
        });
        return planView(ctx, request.params.id);
      },
    );

    app.delete(
      '/plans/:id/actions/:actionId',
      {
        schema: {
          tags,
          summary: 'Remove an action',
          params: planActionParams,
          response: { 200: planSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await deleteAction(ctx, {
          planId: request.params.id,
          actionId: request.params.actionId,
        });
        return planView(ctx, request.params.id);
      },
    );

    app.post(
      '/plans/:id/notes',
      {
        schema: {
          tags,
          summary: 'Add a reflection (employee) or a comment (manager)',
          params: idParams,
          body: createNoteBody,
          response: { 201: planSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addNote(ctx, {
          planId: request.params.id,
          body: request.body.body,
          goalId: request.body.goalId,
        });
        return reply.status(201).send(await planView(ctx, request.params.id));
      },
    );
  };
