import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { mySurveys, results, resultsCsv, settings, survey, surveyForm, surveys } from './surveys.read.ts';
import {
  answersInput,
  learningZoneInput,
  learningZoneQuery,
  learningZoneSchema,
  mySurveySchema,
  resultsQuery,
  resultsSchema,
  scheduleInput,
  settingsInput,
  settingsSchema,
  surveyFormSchema,
  surveyInput,
  surveySchema,
  surveySummarySchema,
} from './surveys.schemas.ts';
import {
  answerSurvey,
  changeSettings,
  closeSurvey,
  createLearningZoneRound,
  createSurvey,
  scheduleSurvey,
  updateSurvey,
} from './surveys.service.ts';
import { learningZone } from './surveys.zone.ts';

const tags = ['surveys'];

export const surveyRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const baseUrl = deps.config.baseUrl;
    app.get(
      '/surveys',
      {
        schema: {
          tags,
          summary: 'Surveys (HR)',
          response: { 200: z.array(surveySummarySchema), ...problems },
        },
      },
      async (request) => surveys(ctxOf(request)),
    );
    app.post(
      '/surveys',
      {
        schema: {
          tags,
          summary: 'A draft pulse survey: titles, audience, questions (Likert 1–5/1–7, choice, open text)',
          body: surveyInput,
          response: { 201: surveySchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createSurvey(ctx, request.body);
        return reply.status(201).send(await survey(ctx, id));
      },
    );
    app.post(
      '/surveys/learning-zone',
      {
        schema: {
          tags,
          summary: 'A draft round of the Learning Zone check, with the shipped questions in nl and en',
          body: learningZoneInput,
          response: { 201: surveySchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createLearningZoneRound(ctx, request.body.audience);
        return reply.status(201).send(await survey(ctx, id));
      },
    );
    app.get(
      '/surveys/:id',
      {
        schema: {
          tags,
          summary: 'A survey (HR)',
          params: idParams,
          response: { 200: surveySchema, ...problems },
        },
      },
      async (request) => survey(ctxOf(request), request.params.id),
    );
    app.put(
      '/surveys/:id',
      {
        schema: {
          tags,
          summary: 'Change a draft survey',
          params: idParams,
          body: surveyInput,
          response: { 200: surveySchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateSurvey(ctx, request.params.id, request.body);
        return survey(ctx, request.params.id);
      },
    );
    app.post(
      '/surveys/:id/schedule',
      {
        schema: {
          tags,
          summary:
            'Send now or at a set time; the audience is invited on the bell and by e-mail when it opens',
          params: idParams,
          body: scheduleInput,
          response: { 200: surveySchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await scheduleSurvey(ctx, request.params.id, request.body, baseUrl);
        return survey(ctx, request.params.id);
      },
    );
    app.post(
      '/surveys/:id/close',
      {
        schema: {
          tags,
          summary: 'Close an open survey now',
          params: idParams,
          response: { 200: surveySchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await closeSurvey(ctx, request.params.id);
        return survey(ctx, request.params.id);
      },
    );
    app.get(
      '/surveys/:id/results',
      {
        schema: {
          tags,
          summary:
            'Results of a closed survey for the whole audience, one unit or one role group (anonymity rule applied)',
          params: idParams,
          querystring: resultsQuery,
          response: { 200: resultsSchema, ...problems },
        },
      },
      async (request) => results(ctxOf(request), request.params.id, request.query),
    );
    app.get(
      '/surveys/:id/results.csv',
      {
        schema: {
          tags,
          summary: 'The same results as a CSV file',
          params: idParams,
          querystring: resultsQuery,
          produces: ['text/csv'],
          response: { 200: z.string(), ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const result = await results(ctx, request.params.id, request.query);
        return fileHeaders(reply, { fileName: 'survey-results.csv', contentType: 'text/csv; charset=utf-8' })
          .header('cache-control', 'no-store')
          .send(resultsCsv(result, ctx.locale === 'nl'));
      },
    );
    app.get(
      '/my-surveys',
      {
        schema: {
          tags,
          summary: 'Open surveys I am invited to',
          response: { 200: z.array(mySurveySchema), ...problems },
        },
      },
      async (request) => mySurveys(ctxOf(request)),
    );
    app.get(
      '/surveys/:id/form',
      {
        schema: {
          tags,
          summary: 'The questions, for someone invited',
          params: idParams,
          response: { 200: surveyFormSchema, ...problems },
        },
      },
      async (request) => surveyForm(ctxOf(request), request.params.id),
    );
    app.post(
      '/surveys/:id/answers',
      {
        schema: {
          tags,
          summary: 'Answer once, anonymously: the answer is stored without who gave it',
          params: idParams,
          body: answersInput,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await answerSurvey(ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/learning-zone',
      {
        schema: {
          tags,
          summary:
            'Learning Zone per team for a round, with the previous round (HR: all teams; a head: their units)',
          querystring: learningZoneQuery,
          response: { 200: learningZoneSchema, ...problems },
        },
      },
      async (request) => learningZone(ctxOf(request), request.query),
    );
    app.get(
      '/survey-settings',
      {
        schema: { tags, summary: 'The anonymity threshold', response: { 200: settingsSchema, ...problems } },
      },
      async (request) => settings(ctxOf(request)),
    );
    app.put(
      '/survey-settings',
      {
        schema: {
          tags,
          summary: 'Set the anonymity threshold (3 or more)',
          body: settingsInput,
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeSettings(ctx, request.body);
        return settings(ctx);
      },
    );
  };
