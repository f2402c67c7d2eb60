import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problemSchema, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { calendarTexts } from '../../messages/index.ts';
import { feedbackRequestSchema } from '../feedback/index.ts';
import { conversationFeedback } from './conversation-feedback.ts';
import { conversationInvite, conversationView, myConversations } from './conversations.read.ts';
import {
  actionBody,
  actionParams,
  conversationSchema,
  conversationSummarySchema,
  meetingBody,
  preparationBody,
  updateConversationBody,
} from './conversations.schemas.ts';
import {
  addAgreedAction,
  planMeeting,
  removeAgreedAction,
  requestReopen,
  savePreparation,
  sharePreparation,
  signConversation,
  updateConversation,
} from './conversations.service.ts';
import { suggestedLearning } from './suggested-learning.ts';

const tags = ['conversations'];
const locked = { 409: problemSchema };

export const conversationRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/conversations/mine',
      {
        schema: {
          tags,
          summary: 'My conversations in open cycles, as employee and as manager',
          response: { 200: z.array(conversationSummarySchema), ...problems },
        },
      },
      async (request) => myConversations(ctxOf(request)),
    );

    app.get(
      '/conversations/:id',
      {
        schema: {
          tags,
          summary: 'One conversation (only for its employee and manager)',
          params: idParams,
          response: { 200: conversationSchema, ...problems },
        },
      },
      async (request) => conversationView(ctxOf(request), request.params.id),
    );

    app.get(
      '/conversations/:id/feedback',
      {
        schema: {
          tags,
          summary: 'Feedback the employee asked of colleagues and shared with their manager (preparation)',
          params: idParams,
          response: { 200: z.array(feedbackRequestSchema), ...problems },
        },
      },
      async (request) => conversationFeedback(ctxOf(request), request.params.id),
    );

    app.get(
      '/conversations/:id/suggested-learning',
      {
        schema: {
          tags,
          summary:
            "For the manager: learning for the employee's plan-goal skills and largest skill gaps (max 5)",
          params: idParams,
          response: {
            200: z.array(
              z
                .object({
                  type: z.enum(['content', 'course', 'path']),
                  id: z.uuid(),
                  title: z.string(),
                  format: z.string(),
                  durationMinutes: z.number().int().nullable(),
                  reason: z.enum(['plan_goal', 'skill_gap']),
                })
                .meta({ id: 'SuggestedLearning' }),
            ),
            ...problems,
          },
        },
      },
      async (request) => suggestedLearning(ctxOf(request), request.params.id),
    );

    app.get(
      '/conversations/:id/invite.ics',
      {
        schema: {
          tags,
          summary: 'Calendar invitation (.ics) for the planned meeting',
          params: idParams,
          produces: ['text/calendar', 'application/problem+json'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const ics = await conversationInvite(ctx, {
          id: request.params.id,
          baseUrl: deps.config.baseUrl,
        });
        return fileHeaders(reply, {
          fileName: calendarTexts(ctx.locale).fileName(),
          contentType: 'text/calendar; charset=utf-8',
        }).send(ics as never);
      },
    );

    app.put(
      '/conversations/:id/preparation',
      {
        schema: {
          tags,
          summary: 'Save my preparation (private until I share it)',
          params: idParams,
          body: preparationBody,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await savePreparation(ctx, { conversationId: request.params.id, answers: request.body.answers });
        return conversationView(ctx, request.params.id);
      },
    );

    const steps = {
      'preparation/share': { summary: 'Share my preparation with the other side', run: sharePreparation },
      sign: { summary: 'Sign off; when both have signed the conversation is locked', run: signConversation },
      reopen: {
        summary: 'Ask to reopen a signed conversation; it reopens when both have asked',
        run: requestReopen,
      },
    } as const;
    for (const [path, step] of Object.entries(steps))
      app.post(
        `/conversations/:id/${path}`,
        {
          schema: {
            tags,
            summary: step.summary,
            params: idParams,
            response: { 200: conversationSchema, ...problems, ...locked },
          },
        },
        async (request) => {
          const ctx = ctxOf(request);
          await step.run(ctx, { conversationId: request.params.id });
          return conversationView(ctx, request.params.id);
        },
      );

    app.put(
      '/conversations/:id/meeting',
      {
        schema: {
          tags,
          summary: 'Plan the meeting; both get an e-mail with a calendar invitation',
          params: idParams,
          body: meetingBody,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await planMeeting(ctx, {
          conversationId: request.params.id,
          meetingAt: request.body.meetingAt,
          baseUrl: deps.config.baseUrl,
        });
        return conversationView(ctx, request.params.id);
      },
    );

    app.patch(
      '/conversations/:id',
      {
        schema: {
          tags,
          summary:
            'Shared notes, ratings (manager) and whether the meeting was held; withdraws signatures given',
          params: idParams,
          body: updateConversationBody,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateConversation(ctx, { conversationId: request.params.id, changes: request.body });
        return conversationView(ctx, request.params.id);
      },
    );

    app.post(
      '/conversations/:id/actions',
      {
        schema: {
          tags,
          summary: "Agree an action; it lands in the employee's development plan",
          params: idParams,
          body: actionBody,
          response: { 201: conversationSchema, ...problems, ...locked },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addAgreedAction(ctx, { conversationId: request.params.id, title: request.body.title });
        return reply.status(201).send(await conversationView(ctx, request.params.id));
      },
    );

    app.delete(
      '/conversations/:id/actions/:actionId',
      {
        schema: {
          tags,
          summary: 'Remove an agreed action (and its plan action)',
          params: actionParams,
          response: { 200: conversationSchema, ...problems, ...locked },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await removeAgreedAction(ctx, {
          conversationId: request.params.id,
          actionId: request.params.actionId,
        });
        return conversationView(ctx, request.params.id);
      },
    );
  };
