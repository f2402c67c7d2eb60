import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import {
  allJourneys,
  journeyView,
  listTemplates,
  onboardingOverview,
  previewTemplateRule,
  templateView,
} from './onboarding.read.ts';
import {
  assignInput,
  buddyInput,
  journeySchema,
  overviewSchema,
  previewInput,
  previewSchema,
  templateInput,
  templateSchema,
  templateSummarySchema,
  tickInput,
} from './onboarding.schemas.ts';
import {
  assignJourney,
  changeBuddy,
  changeTemplate,
  createTemplate,
  tickStep,
} from './onboarding.service.ts';

const tags = ['onboarding'];

/** Onboarding journeys: L&D's templates, assigning them, and the newcomer's, buddy's and manager's views. */
export const onboardingRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { baseUrl } = deps.config;
    app.get(
      '/onboarding',
      {
        schema: {
          tags,
          summary: 'My onboarding journey, the journeys I am the buddy in and my reports’ journeys',
          response: { 200: overviewSchema, ...problems },
        },
      },
      async (request) => onboardingOverview(ctxOf(request)),
    );
    app.get(
      '/onboarding/templates',
      {
        schema: {
          tags,
          summary: 'Onboarding templates (L&D and HR)',
          response: { 200: z.array(templateSummarySchema), ...problems },
        },
      },
      async (request) => listTemplates(ctxOf(request)),
    );
    app.post(
      '/onboarding/templates',
      {
        schema: {
          tags,
          summary: 'Add an onboarding template; with a rule it is assigned on the start date',
          body: templateInput,
          response: { 201: templateSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createTemplate(ctx, request.body);
        return reply.status(201).send(await templateView(ctx, id));
      },
    );
    app.post(
      '/onboarding/templates/preview',
      {
        schema: {
          tags,
          summary: 'Who a template’s rule would reach now, before saving it',
          body: previewInput,
          response: { 200: previewSchema, ...problems },
        },
      },
      async (request) => previewTemplateRule(ctxOf(request), request.body.criteria),
    );
    app.get(
      '/onboarding/templates/:id',
      {
        schema: {
          tags,
          summary: 'One onboarding template with its steps',
          params: idParams,
          response: { 200: templateSchema, ...problems },
        },
      },
      async (request) => templateView(ctxOf(request), request.params.id),
    );
    app.put(
      '/onboarding/templates/:id',
      {
        schema: {
          tags,
          summary: 'Change a template and its steps (journeys under way keep theirs)',
          params: idParams,
          body: templateInput,
          response: { 200: templateSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeTemplate(ctx, request.params.id, request.body);
        return templateView(ctx, request.params.id);
      },
    );
    app.get(
      '/onboarding/journeys',
      {
        schema: {
          tags,
          summary: 'Every onboarding journey (L&D and HR)',
          response: { 200: z.array(journeySchema), ...problems },
        },
      },
      async (request) => allJourneys(ctxOf(request)),
    );
    app.post(
      '/onboarding/journeys',
      {
        schema: {
          tags,
          summary: 'Give someone a journey by hand (a newcomer or a role change), with a buddy',
          body: assignInput,
          response: { 201: journeySchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await assignJourney(ctx, request.body, { baseUrl });
        return reply.status(201).send(await journeyView(ctx, id));
      },
    );
    app.get(
      '/onboarding/journeys/:id',
      {
        schema: {
          tags,
          summary: 'One journey: for the newcomer, the buddy, the manager, L&D and HR',
          params: idParams,
          response: { 200: journeySchema, ...problems },
        },
      },
      async (request) => journeyView(ctxOf(request), request.params.id),
    );
    app.put(
      '/onboarding/journeys/:id/buddy',
      {
        schema: {
          tags,
          summary: 'Choose or change the buddy (the newcomer’s manager, L&D or HR)',
          params: idParams,
          body: buddyInput,
          response: { 200: journeySchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeBuddy(ctx, request.params.id, request.body.buddyId, { baseUrl });
        return journeyView(ctx, request.params.id);
      },
    );
    app.post(
      '/onboarding/steps/:id/done',
      {
        schema: {
          tags,
          summary: 'Tick a step off (or undo that): its owner, L&D or HR',
          params: idParams,
          body: tickInput,
          response: { 200: journeySchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        const journeyId = await tickStep(ctx, request.params.id, request.body.done);
        return journeyView(ctx, journeyId);
      },
    );
  };
