import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { agreementView, myAgreements } from './learning-agreements.read.ts';
import {
  agreementSchema,
  answerBody,
  createAgreementBody,
  followupParams,
} from './learning-agreements.schemas.ts';
import { agreeAgreement, answerFollowup, createAgreement } from './learning-agreements.service.ts';

const tags = ['learning agreements'];
const conflict = { 409: problemSchema };

export const learningAgreementRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/learning-agreements/mine',
      {
        schema: {
          tags,
          summary: "My learning agreements, and (for managers) my reports' agreements",
          response: { 200: z.array(agreementSchema), ...problems },
        },
      },
      async (request) => myAgreements(ctxOf(request)),
    );

    app.post(
      '/learning-agreements',
      {
        schema: {
          tags,
          summary: 'Make a learning agreement; follow-up questions come 30, 60 and 90 days after the start',
          body: createAgreementBody,
          response: { 201: agreementSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createAgreement(ctx, request.body);
        return reply.status(201).send(await agreementView(ctx, id));
      },
    );

    app.get(
      '/learning-agreements/:id',
      {
        schema: {
          tags,
          summary: 'One learning agreement (the learner and their manager)',
          params: idParams,
          response: { 200: agreementSchema, ...problems },
        },
      },
      async (request) => agreementView(ctxOf(request), request.params.id),
    );

    app.post(
      '/learning-agreements/:id/agree',
      {
        schema: {
          tags,
          summary: 'Manager: agree to the learning agreement',
          params: idParams,
          response: { 200: agreementSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await agreeAgreement(ctx, request.params.id);
        return agreementView(ctx, request.params.id);
      },
    );

    app.put(
      '/learning-agreements/:id/followups/:day',
      {
        schema: {
          tags,
          summary:
            'Answer a follow-up question once it has been asked; the answer shows in the plan and the next conversation',
          params: followupParams,
          body: answerBody,
          response: { 200: agreementSchema, ...problems, ...conflict },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await answerFollowup(ctx, { ...request.params, answer: request.body.answer });
        return agreementView(ctx, request.params.id);
      },
    );
  };
