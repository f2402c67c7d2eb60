import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { ownRoute, ownRoutesOverview } from './own-routes.read.ts';
import {
  commentInput,
  ownRouteInput,
  ownRouteSchema,
  ownRoutesOverviewSchema,
  preferencesInput,
  visibilityInput,
} from './own-routes.schemas.ts';
import {
  commentOnRoute,
  copyRoute,
  createOwnRoute,
  setPreferredFormat,
  setRouteVisibility,
  updateOwnRoute,
} from './own-routes.service.ts';

const tags = ['learning'];
const one = { 200: ownRouteSchema, ...problems };

/** "Mijn eigen route": personal learning routes, shared with the manager or published to copy. */
export const ownRoutesRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/learning/own-routes',
      {
        schema: {
          tags,
          summary: 'My own routes, those my team shared with me, colleagues’ published ones',
          response: { 200: ownRoutesOverviewSchema, ...problems },
        },
      },
      async (request) => ownRoutesOverview(ctxOf(request)),
    );
    app.post(
      '/learning/own-routes',
      {
        schema: {
          tags,
          summary: 'Compose my own route from catalogue learning and outside resources',
          body: ownRouteInput,
          response: { 201: ownRouteSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await createOwnRoute(ctxOf(request), request.body)),
    );
    app.get(
      '/learning/own-routes/:id',
      {
        schema: {
          tags,
          summary: 'One route (owner, their manager once shared, anyone once published)',
          params: idParams,
          response: one,
        },
      },
      async (request) => ownRoute(ctxOf(request), request.params.id),
    );
    app.put(
      '/learning/own-routes/:id',
      {
        schema: {
          tags,
          summary: 'Replace my route: title, purpose, plan goal, ordered steps',
          params: idParams,
          body: ownRouteInput,
          response: one,
        },
      },
      async (request) => updateOwnRoute(ctxOf(request), request.params.id, request.body),
    );
    app.put(
      '/learning/own-routes/:id/visibility',
      {
        schema: {
          tags,
          summary: 'Share my route with my manager and/or publish it for colleagues',
          params: idParams,
          body: visibilityInput,
          response: one,
        },
      },
      async (request) => setRouteVisibility(ctxOf(request), request.params.id, request.body),
    );
    app.post(
      '/learning/own-routes/:id/comments',
      {
        schema: {
          tags,
          summary: 'Comment on a route (the owner, or their manager once shared)',
          params: idParams,
          body: commentInput,
          response: one,
        },
      },
      async (request) => commentOnRoute(ctxOf(request), request.params.id, request.body.body),
    );
    app.post(
      '/learning/own-routes/:id/copy',
      {
        schema: {
          tags,
          summary: 'Copy a colleague’s published route into a route of my own',
          params: idParams,
          response: { 201: ownRouteSchema, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send(await copyRoute(ctxOf(request), request.params.id)),
    );
    app.put(
      '/learning/preferences',
      {
        schema: {
          tags,
          summary: 'My preferred format: the catalogue and my suggestions put it first',
          body: preferencesInput,
          response: { 200: preferencesInput, ...problems },
        },
      },
      async (request) => setPreferredFormat(ctxOf(request), request.body.preferredFormat),
    );
  };
