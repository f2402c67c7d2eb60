import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import {
  ambassadorProfile,
  ambassadorReach,
  collectionView,
  listAmbassadors,
  listCollections,
} from './ambassadors.read.ts';
import {
  ambassadorBody,
  ambassadorProfileSchema,
  ambassadorSummarySchema,
  ambassadorsQuery,
  collectionBody,
  collectionSchema,
  collectionSummarySchema,
  collectionsQuery,
  reachQuery,
  reachSchema,
} from './ambassadors.schemas.ts';
import {
  changeCollection,
  createCollection,
  recordOpen,
  removeCollection,
  saveProfile,
} from './ambassadors.service.ts';
import {
  managerLearning,
  managerLearningSchema,
  myOpenness,
  opennessBody,
  opennessSchema,
  setOpenness,
} from './manager-learning.ts';

const tags = ['knowledge'];

/** Ambassadors' directory and profiles, curated collections, and reach (issue 16, step 3). */
export const ambassadorRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/ambassadors',
    {
      schema: {
        tags,
        summary: 'The ambassadors directory: people with the ambassador role, by topic (skill) or words',
        querystring: ambassadorsQuery,
        response: { 200: z.array(ambassadorSummarySchema), ...problems },
      },
    },
    async (request) => listAmbassadors(ctxOf(request), request.query),
  );

  app.get(
    '/ambassadors/:id',
    {
      schema: {
        tags,
        summary: "An ambassador's profile: topics, what they help with, spaces, collections, recent posts",
        params: idParams,
        response: { 200: ambassadorProfileSchema, ...problems },
      },
    },
    async (request) => ambassadorProfile(ctxOf(request), request.params.id),
  );

  app.put(
    '/ambassadors/:id',
    {
      schema: {
        tags,
        summary: 'Write the profile: the ambassador themselves, or L&D (topics)',
        params: idParams,
        body: ambassadorBody,
        response: { 200: ambassadorProfileSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await saveProfile(ctx, request.params.id, request.body);
      return ambassadorProfile(ctx, request.params.id);
    },
  );

  app.get(
    '/ambassadors/:id/reach',
    {
      schema: {
        tags,
        summary: 'Reach of what the ambassador shared: opens (counts, never who) and colleagues who engaged',
        params: idParams,
        querystring: reachQuery,
        response: { 200: reachSchema, ...problems },
      },
    },
    async (request) => ambassadorReach(ctxOf(request), request.params.id, request.query.days),
  );

  app.get(
    '/knowledge/collections',
    {
      schema: {
        tags,
        summary: 'Curated collections, newest changed first; per curator or topic space',
        querystring: collectionsQuery,
        response: { 200: z.array(collectionSummarySchema), ...problems },
      },
    },
    async (request) => listCollections(ctxOf(request), request.query),
  );

  app.post(
    '/knowledge/collections',
    {
      schema: {
        tags,
        summary: 'Curate a collection of posts and catalogue items (ambassadors, L&D, HR)',
        body: collectionBody,
        response: { 201: collectionSchema, ...problems },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const id = await createCollection(ctx, request.body);
      return reply.status(201).send(await collectionView(ctx, id));
    },
  );

  app.get(
    '/knowledge/collections/:id',
    {
      schema: {
        tags,
        summary: 'One collection with its posts and items (an open by someone else is counted, not who)',
        params: idParams,
        response: { 200: collectionSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const view = await collectionView(ctx, request.params.id);
      await recordOpen(ctx, { kind: 'collection', id: view.id, ownerId: view.curator?.id ?? null });
      return view;
    },
  );

  app.put(
    '/knowledge/collections/:id',
    {
      schema: {
        tags,
        summary: 'Change a collection, its entries replaced in the order given (the curator or L&D)',
        params: idParams,
        body: collectionBody,
        response: { 200: collectionSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await changeCollection(ctx, request.params.id, request.body);
      return collectionView(ctx, request.params.id);
    },
  );

  app.delete(
    '/knowledge/collections/:id',
    {
      schema: {
        tags,
        summary: 'Remove a collection (the curator or L&D)',
        params: idParams,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await removeCollection(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

/** Managers as role models: the choice to show my learning to my team, and my manager's learning. */
export const managerLearningRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/team-moment/openness',
    {
      schema: {
        tags,
        summary: 'Whether I show my own learning to my team (managers with direct reports; else 403)',
        response: { 200: opennessSchema, ...problems },
      },
    },
    async (request) => myOpenness(ctxOf(request)),
  );
  app.put(
    '/team-moment/openness',
    {
      schema: {
        tags,
        summary: 'Show (or stop showing) my finished learning and "wat ik geleerd heb" to my team',
        body: opennessBody,
        response: { 200: opennessSchema, ...problems },
      },
    },
    async (request) => setOpenness(ctxOf(request), request.body.isOpenToTeam),
  );
  app.get(
    '/team-moment/manager-learning',
    {
      schema: {
        tags,
        summary: "My manager's learning of the last 90 days, when they chose to show it to their team",
        response: { 200: managerLearningSchema, ...problems },
      },
    },
    async (request) => managerLearning(ctxOf(request)),
  );
};
