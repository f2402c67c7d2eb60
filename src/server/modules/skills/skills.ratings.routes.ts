import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf, personIdOf } from '../access/index.ts';
import { listRatingRequests, skillsMapOf } from './skills.map.ts';
import {
  answerRatingRequest,
  declineRatingRequest,
  ratePerson,
  requestRating,
  setPreferences,
} from './skills.ratings.service.ts';
import {
  answerRequestBody,
  preferencesBody,
  rateBody,
  ratingRequestBody,
  ratingRequestSchema,
  ratingRequestsQuery,
  skillsMapSchema,
} from './skills.schemas.ts';

const tags = ['skills'];

export const ratingRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tenantOf = (organisationId: string) => forOrganisation(deps.db, organisationId);

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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        return skillsMapOf(tenantOf(auth.organisationId), auth, request.params.id);
      },
    );

    app.post(
      '/skills/people/:id/ratings',
      {
        schema: {
          tags,
          summary:
            'Rate a person on a skill; counts as self, manager or peer by who rates (evidence: L&D/HR with evidenceKind)',
          params: idParams,
          body: rateBody,
          response: { 200: skillsMapSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        await ratePerson({ db: deps.db, auth, personId: request.params.id, input: request.body });
        const tenant = tenantOf(auth.organisationId);
        return skillsMapOf(tenant, auth, request.params.id).catch(async (error) => {
          // A peer may endorse without seeing the whole map: answer with their own map instead.
          if (error?.code === 'forbidden') return skillsMapOf(tenant, auth, personIdOf(auth));
          throw error;
        });
      },
    );

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
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        await setPreferences({ db: deps.db, auth, skillId: request.params.id, input: request.body });
        return skillsMapOf(tenantOf(auth.organisationId), auth, personIdOf(auth));
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
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        personIdOf(auth);
        return listRatingRequests(
          tenantOf(auth.organisationId),
          auth as typeof auth & { kind: 'person' },
          request.query,
        );
      },
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
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        const id = await requestRating({
          db: deps.db,
          auth,
          input: request.body,
          baseUrl: deps.config.baseUrl,
        });
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
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        await answerRatingRequest({ db: deps.db, auth, requestId: request.params.id, input: request.body });
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
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        await declineRatingRequest({ db: deps.db, auth, requestId: request.params.id });
        return reply.status(204).send(null);
      },
    );
  };
