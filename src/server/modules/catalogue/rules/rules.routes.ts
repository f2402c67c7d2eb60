import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { listRules, ruleView } from './rules.read.ts';
import { ruleInput, rulePreviewInput, rulePreviewSchema, ruleSchema } from './rules.schemas.ts';
import { previewRule, saveRule } from './rules.service.ts';

const tags = ['catalogue'];

/** L&D's audience rules: who is enrolled in what automatically. */
export const rulesRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/catalogue/rules',
      {
        schema: {
          tags,
          summary: 'Audience rules that enrol people automatically',
          response: { 200: z.array(ruleSchema), ...problems },
        },
      },
      async (request) => listRules(ctxOf(request)),
    );

    app.post(
      '/catalogue/rules',
      {
        schema: {
          tags,
          summary: 'Add an audience rule; it enrols everyone it reaches straight away and keeps doing so',
          body: ruleInput,
          response: { 201: ruleSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const { id } = await saveRule(ctx, { input: request.body });
        return reply.status(201).send(await ruleView(ctx, id));
      },
    );

    app.post(
      '/catalogue/rules/preview',
      {
        schema: {
          tags,
          summary: 'Who a rule would reach and who would be newly enrolled, before saving or applying it',
          body: rulePreviewInput,
          response: { 200: rulePreviewSchema, ...problems },
        },
      },
      async (request) => previewRule(ctxOf(request), request.body),
    );

    app.put(
      '/catalogue/rules/:id',
      {
        schema: {
          tags,
          summary: 'Change or pause an audience rule (enrolments it made stay)',
          params: idParams,
          body: ruleInput,
          response: { 200: ruleSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await saveRule(ctx, { id: request.params.id, input: request.body });
        return ruleView(ctx, request.params.id);
      },
    );
  };
