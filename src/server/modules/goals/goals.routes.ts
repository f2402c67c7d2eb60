import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { changeRoute } from '../../http/change-route.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { goalDetail, goalList, goalTree, teamGoalList, teamGoalView } from './goals.read.ts';
import {
  checkInBody,
  checkInSchema,
  createGoalBody,
  createTeamGoalBody,
  goalDetailSchema,
  goalTreeSchema,
  keyResultBody,
  organisationGoalSchema,
  teamGoalSchema,
  teamGoalsQuery,
  updateGoalBody,
  updateTeamGoalBody,
} from './goals.schemas.ts';
import {
  addKeyResult,
  checkIn,
  createGoal,
  createTeamGoal,
  updateGoal,
  updateTeamGoal,
} from './goals.service.ts';

const tags = ['goals'];

export const goalRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/goals',
      {
        schema: {
          tags,
          summary: 'Organisation goals with key results (confidential ones only for management)',
          response: { 200: z.array(organisationGoalSchema), ...problems },
        },
      },
      async (request) => goalList(ctxOf(request)),
    );

    app.get(
      '/goals/tree',
      {
        schema: {
          tags,
          summary: 'The alignment tree: each organisation goal with the team goals that serve it',
          response: { 200: goalTreeSchema, ...problems },
        },
      },
      async (request) => goalTree(ctxOf(request)),
    );

    app.get(
      '/goals/:id',
      {
        schema: {
          tags,
          summary: 'One organisation goal with its check-ins and aligned team goals',
          params: idParams,
          response: { 200: goalDetailSchema, ...problems },
        },
      },
      async (request) => goalDetail(ctxOf(request), request.params.id),
    );

    app.post(
      '/goals',
      {
        schema: {
          tags,
          summary: 'Add an organisation goal with its key results',
          body: createGoalBody,
          response: { 201: goalDetailSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createGoal(ctx, request.body);
        return reply.status(201).send(await goalDetail(ctx, id));
      },
    );

    changeRoute(app, {
      method: 'PATCH',
      url: '/goals/:id',
      tags,
      summary: 'Change an organisation goal; only the fields sent change',
      body: updateGoalBody,
      shows: goalDetailSchema,
      change: (ctx, id, body) => updateGoal(ctx, { id, changes: body }),
      show: goalDetail,
    });

    changeRoute(app, {
      method: 'POST',
      url: '/goals/:id/key-results',
      tags,
      summary: 'Add a key result to an organisation goal',
      body: keyResultBody,
      shows: goalDetailSchema,
      created: true,
      change: (ctx, id, body) => addKeyResult(ctx, { goalId: id, input: body }),
      show: goalDetail,
    });

    app.post(
      '/goals/key-results/:id/check-ins',
      {
        schema: {
          tags,
          summary: 'Check in on a key result: its new current value and a comment (goal owner or management)',
          params: idParams,
          body: checkInBody,
          response: { 201: checkInSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const { goalId, checkInId } = await checkIn(ctx, {
          keyResultId: request.params.id,
          input: request.body,
        });
        const { checkIns } = await goalDetail(ctx, goalId);
        return reply.status(201).send(checkIns.find((c) => c.id === checkInId)!);
      },
    );

    app.get(
      '/goals/team-goals',
      {
        schema: {
          tags,
          summary: 'Team goals, of one unit or all',
          querystring: teamGoalsQuery,
          response: { 200: z.array(teamGoalSchema), ...problems },
        },
      },
      async (request) => teamGoalList(ctxOf(request), request.query),
    );

    app.post(
      '/goals/team-goals',
      {
        schema: {
          tags,
          summary:
            "Add a unit's team goal, aligned to one or more organisation goals (management or unit head)",
          body: createTeamGoalBody,
          response: { 201: teamGoalSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createTeamGoal(ctx, request.body);
        return reply.status(201).send(await teamGoalView(ctx, id));
      },
    );

    changeRoute(app, {
      method: 'PATCH',
      url: '/goals/team-goals/:id',
      tags,
      summary: 'Change a team goal; only the fields sent change',
      body: updateTeamGoalBody,
      shows: teamGoalSchema,
      change: (ctx, id, body) => updateTeamGoal(ctx, { id, changes: body }),
      show: teamGoalView,
    });
  };
