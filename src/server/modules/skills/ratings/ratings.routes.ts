import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { changeRoute } from '../../../http/change-route.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { personIdOf } from '../../access/index.ts';
import { listRatingRequests, skillsMap, skillsMapAfterRating } from './ratings.read.ts';
import {
  answerRequestBody,
  preferencesBody,
  rateBody,
  ratingRequestBody,
  ratingRequestSchema,
  ratingRequestsQuery,
  skillsMapSchema,
} from './ratings.schemas.ts';
import {
  answerRatingRequest,
  declineRatingRequest,
  ratePerson,
  requestRating,
  setPreferences,
} from './ratings.service.ts';

const tags = ['skills'];

/** Skills maps, ratings by self, manager, peers and evidence, wishes, and rating requests. */
export const ratingRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/skills/people/:id',
      {
        schema: {
          tags,
          summary:
            "A person's skills map: every rating with its source, the current level and why, target levels, wishes",
          params: idParams,
          response: { 200: skillsMapSchema, ...problems },
        },
      },
      async (request) => skillsMap(ctxOf(request), request.params.id),
    );

    changeRoute(app, {
      method: 'POST',
      url: '/skills/people/:id/ratings',
      tags,
      summary:
        'Rate a person on a skill; counts as self, manager or peer by who rates (evidence: L&D/HR with evidenceKind)',
      body: rateBody,
      shows: skillsMapSchema,
      change: (ctx, id, body) => ratePerson(ctx, { personId: id, input: body }),
      show: skillsMapAfterRating,
    });

    app.put(
      '/skills/me/preferences/:id',
      {
        schema: {
          tags,
          summary: 'My wishes for a skill (id is the skill): want to grow, interest, willing to mentor',
          params: idParams,
          body: preferencesBody,
          response: { 200: skillsMapSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setPreferences(ctx, { skillId: request.params.id, input: request.body });
        return skillsMap(ctx, personIdOf(ctx.auth));
      },
    );

    app.get(
      '/skills/rating-requests',
      {
        schema: {
          tags,
          summary: 'Rating requests sent to me (incoming, my tasks) or by me (outgoing)',
          querystring: ratingRequestsQuery,
          response: { 200: z.array(ratingRequestSchema), ...problems },
        },
      },
      async (request) => listRatingRequests(ctxOf(request), request.query),
    );

    app.post(
      '/skills/rating-requests',
      {
        schema: {
          tags,
          summary: 'Ask my manager or a colleague to rate me on some skills (they get a task and an e-mail)',
          body: ratingRequestBody,
          response: { 201: z.object({ id: z.uuid() }), ...problems },
        },
      },
      async (request, reply) => {
        const id = await requestRating(ctxOf(request), { input: request.body, baseUrl: deps.config.baseUrl });
        return reply.status(201).send({ id });
      },
    );

    app.post(
      '/skills/rating-requests/:id/answer',
      {
        schema: {
          tags,
          summary: 'Answer a rating request sent to me with a level per skill',
          params: idParams,
          body: answerRequestBody,
          response: { 204: z.null(), ...problems, 409: problems[400] },
        },
      },
      async (request, reply) => {
        await answerRatingRequest(ctxOf(request), { requestId: request.params.id, input: request.body });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/skills/rating-requests/:id/decline',
      {
        schema: {
          tags,
          summary: 'Decline a rating request sent to me',
          params: idParams,
          response: { 204: z.null(), ...problems, 409: problems[400] },
        },
      },
      async (request, reply) => {
        await declineRatingRequest(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
