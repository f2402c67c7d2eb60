import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import {
  directionView,
  principleList,
  principleView,
  statementHistory,
  statementView,
} from './direction.read.ts';
import type { PrincipleTable } from './direction.repository.ts';
import {
  directionSchema,
  principleBody,
  principleChanges,
  principleSchema,
  saveStatementBody,
  statementHistoryQuery,
  statementSchema,
} from './direction.schemas.ts';
import {
  createPrinciple,
  deletePrinciple,
  saveStatement,
  setCompetencySkills,
  updatePrinciple,
} from './direction.service.ts';

const tags = ['direction'];
const collections: { path: 'values' | 'competencies'; table: PrincipleTable; what: string }[] = [
  { path: 'values', table: 'core_values', what: 'core value' },
  { path: 'competencies', table: 'core_competencies', what: 'core competency' },
];

export const directionRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/direction',
      {
        schema: {
          tags,
          summary:
            "The organisation's why: current mission, vision, strategy (in my language), values, competencies",
          response: { 200: directionSchema, ...problems },
        },
      },
      async (request) => directionView(ctxOf(request)),
    );

    app.get(
      '/direction/statements',
      {
        schema: {
          tags,
          summary: 'Every version of a statement, newest first, with who saved it (management)',
          querystring: statementHistoryQuery,
          response: { 200: z.array(statementSchema), ...problems },
        },
      },
      async (request) => statementHistory(ctxOf(request), request.query),
    );

    app.post(
      '/direction/statements',
      {
        schema: {
          tags,
          summary: 'Save a new version of the mission, vision or strategy in one language',
          body: saveStatementBody,
          response: { 201: statementSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await saveStatement(ctx, request.body);
        return reply.status(201).send(await statementView(ctx, id));
      },
    );

    for (const { path, table, what } of collections) {
      app.get(
        `/direction/${path}`,
        {
          schema: {
            tags,
            summary: `The ${what === 'core value' ? 'core values' : 'core competencies'} (drafts only for management)`,
            response: { 200: z.array(principleSchema), ...problems },
          },
        },
        async (request) => principleList(ctxOf(request), table),
      );

      app.post(
        `/direction/${path}`,
        {
          schema: {
            tags,
            summary: `Add a ${what} with its behaviours per level`,
            body: principleBody,
            response: { 201: principleSchema, ...problems },
          },
        },
        async (request, reply) => {
          const ctx = ctxOf(request);
          const id = await createPrinciple(ctx, { table, input: request.body });
          return reply.status(201).send(await principleView(ctx, table, id, what));
        },
      );

      app.patch(
        `/direction/${path}/:id`,
        {
          schema: {
            tags,
            summary: `Change a ${what}; only the fields sent change`,
            params: idParams,
            body: principleChanges,
            response: { 200: principleSchema, ...problems },
          },
        },
        async (request) => {
          const ctx = ctxOf(request);
          await updatePrinciple(ctx, { table, id: request.params.id, changes: request.body });
          return principleView(ctx, table, request.params.id, what);
        },
      );

      app.delete(
        `/direction/${path}/:id`,
        {
          schema: {
            tags,
            summary: `Remove a ${what} (management)`,
            params: idParams,
            response: { 204: z.null(), ...problems },
          },
        },
        async (request, reply) => {
          await deletePrinciple(ctxOf(request), { table, id: request.params.id });
          return reply.status(204).send(null);
        },
      );
    }

    app.put(
      '/direction/competencies/:id/skills',
      {
        schema: {
          tags,
          summary: 'Link a core competency to skills of the skills framework',
          params: idParams,
          body: z.object({ skillIds: z.array(z.uuid()).max(100) }),
          response: { 200: principleSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setCompetencySkills(ctx, { id: request.params.id, skillIds: request.body.skillIds });
        return principleView(ctx, 'core_competencies', request.params.id, 'core competency');
      },
    );
  };
