import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { problems } from '../../../http/common.schemas.ts';
import { listActors } from './actors.read.ts';
import {
  actorPageSchema,
  actorQuery,
  agentKeyParams,
  matchBody,
  matchResultSchema,
} from './actors.schemas.ts';
import { matchActor } from './actors.service.ts';

const tags = ['lrs'];

export const actorRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/lrs/actors',
      {
        schema: {
          tags,
          summary: 'Actors of the statements in the LRS, unmatched ones (no person) by default',
          querystring: actorQuery,
          response: { 200: actorPageSchema, ...problems },
        },
      },
      async (request) => listActors(ctxOf(request), request.query),
    );

    app.put(
      '/lrs/actors/:agentKey/person',
      {
        schema: {
          tags,
          summary: 'Match an actor to a person (or undo it): its statements follow, and progress with them',
          params: agentKeyParams,
          body: matchBody,
          response: { 200: matchResultSchema, ...problems },
        },
      },
      async (request) => matchActor(ctxOf(request), { ...request.params, ...request.body }),
    );
  };
