import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import { findMentors, requestMentoring } from './mentors.service.ts';
import { mentoringRequestBody, mentorSchema, mentorsQuery } from './skills.insight.schemas.ts';

const tags = ['mentors'];

export const mentorRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/mentors',
      {
        schema: {
          tags,
          summary: 'Colleagues willing to mentor on a skill, at level 4 or higher, with their unit',
          querystring: mentorsQuery,
          response: { 200: z.array(mentorSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        return findMentors(
          deps.db,
          auth.organisationId,
          request.query.skillId,
          auth.kind === 'person' ? auth.personId : undefined,
        );
      },
    );

    app.post(
      '/mentors/requests',
      {
        schema: {
          tags,
          summary: 'Ask a mentor for a mentoring conversation (they are notified)',
          body: mentoringRequestBody,
          response: { 201: z.object({ id: z.uuid() }), ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'skills.read');
        const id = await requestMentoring({ db: deps.db, auth, input: request.body });
        return reply.status(201).send({ id });
      },
    );
  };
