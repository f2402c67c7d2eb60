import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { problems } from '../../../http/common.schemas.ts';
import { findMentors } from './mentors.read.ts';
import { mentoringRequestBody, mentorSchema, mentorsQuery } from './mentors.schemas.ts';
import { requestMentoring } from './mentors.service.ts';

const tags = ['mentors'];

export const mentorRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
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
      async (request) => findMentors(ctxOf(request), request.query.skillId),
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
      async (request, reply) =>
        reply.status(201).send({ id: await requestMentoring(ctxOf(request), request.body) }),
    );
  };
