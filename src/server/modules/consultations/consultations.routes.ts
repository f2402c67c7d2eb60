import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { consultationDetail, listConsultations } from './consultations.read.ts';
import {
  closeBody,
  consultationSchema,
  consultationSummarySchema,
  createConsultationBody,
  replyBody,
  respondBody,
} from './consultations.schemas.ts';
import { closeConsultation, openConsultation, replyToResponse, respond } from './consultations.service.ts';

const tags = ['consultations'];
const conflict = { 409: problems[400] };

export const consultationRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/consultations',
      {
        schema: {
          tags,
          summary: 'Consultations put before me (management: all), newest first',
          response: { 200: z.array(consultationSummarySchema), ...problems },
        },
      },
      async (request) => listConsultations(ctxOf(request)),
    );

    app.get(
      '/consultations/:id',
      {
        schema: {
          tags,
          summary: 'A consultation: the draft, responses (anonymous ones without author), summary, outcome',
          params: idParams,
          response: { 200: consultationSchema, ...problems },
        },
      },
      async (request) => consultationDetail(ctxOf(request), request.params.id),
    );

    app.post(
      '/consultations',
      {
        schema: {
          tags,
          summary: 'Put a draft before an audience until a closing date (notifies the audience)',
          body: createConsultationBody,
          response: { 201: consultationSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await openConsultation(ctx, request.body);
        return reply.status(201).send(await consultationDetail(ctx, id));
      },
    );

    app.post(
      '/consultations/:id/responses',
      {
        schema: {
          tags,
          summary: 'Respond once: support, concern or question, with a comment, optionally anonymous',
          params: idParams,
          body: respondBody,
          response: { 201: consultationSchema, ...problems, ...conflict },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await respond(ctx, { consultationId: request.params.id, input: request.body });
        return reply.status(201).send(await consultationDetail(ctx, request.params.id));
      },
    );

    app.post(
      '/consultations/responses/:id/replies',
      {
        schema: {
          tags,
          summary: "Management's reply to a response (visible to the audience)",
          params: idParams,
          body: replyBody,
          response: { 201: consultationSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const consultationId = await replyToResponse(ctx, {
          responseId: request.params.id,
          body: request.body.body,
        });
        return reply.status(201).send(await consultationDetail(ctx, consultationId));
      },
    );

    app.post(
      '/consultations/:id/close',
      {
        schema: {
          tags,
          summary: 'Close with the outcome ("what we did with your input"), told to every respondent',
          params: idParams,
          body: closeBody,
          response: { 200: consultationSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await closeConsultation(ctx, { consultationId: request.params.id, ...request.body });
        return consultationDetail(ctx, request.params.id);
      },
    );
  };
