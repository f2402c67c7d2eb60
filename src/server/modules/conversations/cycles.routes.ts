import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../app.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import { conversationTemplates } from './conversation-templates.ts';
import { boardSchema, createCycleBody, cycleSchema, templateSchema } from './conversations.schemas.ts';
import { createCycle, cycleBoard, cyclesQuery, presentCycle } from './cycles.service.ts';

const tags = ['conversations'];

export const cycleRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/conversation-cycles/templates',
      {
        schema: {
          tags,
          summary:
            'The conversation templates that ship: functioneringsgesprek and ontwikkelgesprek (nl and en)',
          response: { 200: z.array(templateSchema), ...problems },
        },
      },
      async (request) => {
        authOf(request);
        return conversationTemplates;
      },
    );

    app.get(
      '/conversation-cycles',
      {
        schema: {
          tags,
          summary: 'Conversation cycles (HR)',
          response: { 200: z.array(cycleSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        return (await cyclesQuery(forOrganisation(deps.db, auth.organisationId)).execute()).map(presentCycle);
      },
    );

    app.post(
      '/conversation-cycles',
      {
        schema: {
          tags,
          summary:
            'Open a cycle: every employee with a manager (in the units chosen) gets a conversation (HR)',
          body: createCycleBody,
          response: { 201: cycleSchema, ...problems },
        },
      },
      async (request, reply) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        const id = await createCycle({ db: deps.db, auth, input: request.body });
        const row = await cyclesQuery(forOrganisation(deps.db, auth.organisationId))
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        return reply.status(201).send(presentCycle(row));
      },
    );

    app.get(
      '/conversation-cycles/:id/board',
      {
        schema: {
          tags,
          summary: 'Progress board per unit: prepared by both, held, signed (HR; no content)',
          params: idParams,
          response: { 200: boardSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        return cycleBoard(forOrganisation(deps.db, auth.organisationId), request.params.id);
      },
    );
  };
