import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { problems } from '../../../http/common.schemas.ts';
import { ratingSummaries, teamLearning } from './oversight.read.ts';
import { ratingBody, ratingSummarySchema, teamMemberSchema } from './oversight.schemas.ts';
import { rateLearning } from './ratings.service.ts';

/** Managers' team progress, ratings, and L&D's view of the ratings. */
export const oversightRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/learning/team',
      {
        schema: {
          tags: ['learning'],
          summary: "My direct reports' learning: progress, overdue assignments, assignments to confirm",
          response: { 200: z.array(teamMemberSchema), ...problems },
        },
      },
      async (request) => teamLearning(ctxOf(request)),
    );

    app.put(
      '/learning/ratings',
      {
        schema: {
          tags: ['learning'],
          summary: 'Rate an item, course or path (1–5 stars, optional comment); rating again replaces it',
          body: ratingBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await rateLearning(ctxOf(request), { ...request.body, baseUrl: deps.config.baseUrl });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/catalogue/ratings',
      {
        schema: {
          tags: ['catalogue'],
          summary: 'Ratings per item, course and path with averages and recent comments (L&D)',
          response: { 200: z.array(ratingSummarySchema), ...problems },
        },
      },
      async (request) => ratingSummaries(ctxOf(request)),
    );
  };
