import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { myInbox, myRequests, requestView, sharedWithManager } from './feedback.read.ts';
import {
  answerBody,
  changeRequestBody,
  createRequestBody,
  feedbackRequestSchema,
  sharedQuery,
} from './feedback.schemas.ts';
import { answerFeedback, declineFeedback, requestFeedback, shareFeedback } from './feedback.service.ts';

const tags = ['feedback'];

export const feedbackRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { baseUrl } = deps.config;
    app.get(
      '/feedback/requests',
      {
        schema: {
          tags,
          summary: 'The feedback I asked for, with the answers (private to me)',
          response: { 200: z.array(feedbackRequestSchema), ...problems },
        },
      },
      async (request) => myRequests(ctxOf(request)),
    );
    app.get(
      '/feedback/inbox',
      {
        schema: {
          tags,
          summary: 'Feedback colleagues asked of me, with my own answers',
          response: { 200: z.array(feedbackRequestSchema), ...problems },
        },
      },
      async (request) => myInbox(ctxOf(request)),
    );
    app.get(
      '/feedback/shared',
      {
        schema: {
          tags,
          summary: 'Feedback a direct report shared with me (their manager), for our next conversation',
          querystring: sharedQuery,
          response: { 200: z.array(feedbackRequestSchema), ...problems },
        },
      },
      async (request) => sharedWithManager(ctxOf(request), request.query.personId),
    );
    app.post(
      '/feedback/requests',
      {
        schema: {
          tags,
          summary: 'Ask colleagues for feedback on a plan goal, a skill or a piece of work',
          body: createRequestBody,
          response: { 201: feedbackRequestSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await requestFeedback(ctx, request.body, baseUrl);
        return reply.status(201).send(await requestView(ctx, id));
      },
    );
    app.get(
      '/feedback/requests/:id',
      {
        schema: {
          tags,
          summary: 'One request: the asker sees every answer, a colleague asked only their own',
          params: idParams,
          response: { 200: feedbackRequestSchema, ...problems },
        },
      },
      async (request) => requestView(ctxOf(request), request.params.id),
    );
    app.patch(
      '/feedback/requests/:id',
      {
        schema: {
          tags,
          summary: 'Share the answers with my manager, or stop sharing',
          params: idParams,
          body: changeRequestBody,
          response: { 200: feedbackRequestSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        if (request.body.isSharedWithManager !== undefined)
          await shareFeedback(ctx, request.params.id, request.body.isSharedWithManager);
        return requestView(ctx, request.params.id);
      },
    );
    app.post(
      '/feedback/requests/:id/answer',
      {
        schema: {
          tags,
          summary: 'Answer a colleague’s request; on a skill the answer may also rate them',
          params: idParams,
          body: answerBody,
          response: { 200: feedbackRequestSchema, ...problems, 409: problemSchema },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await answerFeedback(ctx, request.params.id, request.body, baseUrl);
        return requestView(ctx, request.params.id);
      },
    );
    app.post(
      '/feedback/requests/:id/decline',
      {
        schema: {
          tags,
          summary: 'Decline a request (the asker sees it was declined)',
          params: idParams,
          response: { 200: feedbackRequestSchema, ...problems, 409: problemSchema },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await declineFeedback(ctx, request.params.id);
        return requestView(ctx, request.params.id);
      },
    );
  };
