import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import {
  boardSchema,
  createCycleBody,
  cycleSchema,
  organisationTemplateSchema,
  templateBody,
  templateParams,
} from './conversations.schemas.ts';
import { cyclePeople, cyclePeopleCsv } from './cycle-people.read.ts';
import { cyclePeopleQuery, cyclePersonSchema, remindBody } from './cycle-people.schemas.ts';
import { remindFromBoard } from './cycle-people.service.ts';
import { cycleBoard, cycleView, listCycles } from './cycles.read.ts';
import { createCycle } from './cycles.service.ts';
import { resetTemplate, saveTemplate, templateList } from './templates.service.ts';

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
      async (request) => templateList(ctxOf(request)),
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
      async (request) => saveTemplate(ctxOf(request), { key: request.params.key, input: request.body }),
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
      async (request) => resetTemplate(ctxOf(request), request.params.key),
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
      async (request) => listCycles(ctxOf(request)),
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
        const ctx = ctxOf(request);
        const id = await createCycle(ctx, request.body);
        return reply.status(201).send(await cycleView(ctx, id));
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
      async (request) => cycleBoard(ctxOf(request), request.params.id),
    );

    app.get(
      '/conversation-cycles/:id/people',
      {
        schema: {
          tags,
          summary:
            'The board per person: state, who prepared and signed (HR; no content); filters; format=csv downloads it',
          params: idParams,
          querystring: cyclePeopleQuery,
          produces: ['application/json', 'text/csv'],
          response: { 200: z.array(cyclePersonSchema), ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const { format, ...filter } = request.query;
        const people = await cyclePeople(ctx, request.params.id, filter);
        if (format === 'json') return people;
        const name = ctx.locale === 'nl' ? 'gesprekscyclus' : 'conversation-cycle';
        return (
          fileHeaders(reply, { fileName: `${name}.csv`, contentType: 'text/csv; charset=utf-8' })
            .header('cache-control', 'no-store')
            // The file itself; the 200 schema describes the JSON form.
            .serializer((payload: unknown) => payload as string)
            .send(cyclePeopleCsv(people, ctx.locale) as never)
        );
      },
    );

    app.post(
      '/conversation-cycles/:id/reminders',
      {
        schema: {
          tags,
          summary:
            'Remind chosen people from the board: who has not prepared (before the meeting) or not signed (after)',
          params: idParams,
          body: remindBody,
          response: { 200: z.object({ reminded: z.number().int() }), ...problems },
        },
      },
      async (request) =>
        remindFromBoard(ctxOf(request), {
          cycleId: request.params.id,
          conversationIds: request.body.conversationIds,
          baseUrl: deps.config.baseUrl,
        }),
    );
  };
