import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { assertCan, authOf } from '../access/index.ts';
import {
  boardSchema,
  createCycleBody,
  cycleSchema,
  organisationTemplateSchema,
  templateBody,
  templateParams,
} from './conversations.schemas.ts';
import { createCycle, cycleBoard, cyclesQuery, presentCycle } from './cycles.service.ts';
import { organisationTemplates, resetTemplate, saveTemplate } from './templates.service.ts';

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
            "The organisation's conversation templates (functioneringsgesprek, ontwikkelgesprek; nl and en), as HR worded them",
          response: { 200: z.array(organisationTemplateSchema), ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        return organisationTemplates(forOrganisation(deps.db, auth.organisationId));
      },
    );

    app.put(
      '/conversation-cycles/templates/:key',
      {
        schema: {
          tags,
          summary: "HR words a template's sections and questions (nl and en); cycles opened later use it",
          description:
            'Cycles copy their template when they open: a running cycle and the conversations already prepared ' +
            'keep their questions and answers. Questions keep their id (answers are stored by it); new ones get one.',
          params: templateParams,
          body: templateBody,
          response: { 200: organisationTemplateSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        return saveTemplate({ db: deps.db, auth, key: request.params.key, input: request.body });
      },
    );

    app.delete(
      '/conversation-cycles/templates/:key',
      {
        schema: {
          tags,
          summary: 'HR goes back to the shipped wording of a template (cycles already opened keep theirs)',
          params: templateParams,
          response: { 200: organisationTemplateSchema, ...problems },
        },
      },
      async (request) => {
        const auth = authOf(request);
        assertCan(auth, 'development.manage');
        return resetTemplate({ db: deps.db, auth, key: request.params.key });
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
