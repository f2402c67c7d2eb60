import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { exportLines, roundCsv, roundXlsx } from './talent.export.ts';
import { assignPath, decideProposal, reopen, signOff } from './talent.outcomes.ts';
import { myTalent, reviewView, rounds, roundView, settings, succession } from './talent.read.ts';
import {
  assignPathInput,
  exportQuery,
  moveInput,
  myTalentSchema,
  questionsInput,
  reopenInput,
  reviewInput,
  reviewSchema,
  roundInput,
  roundSchema,
  roundSummarySchema,
  settingsSchema,
  successionSchema,
} from './talent.schemas.ts';
import {
  moveReview,
  openDraft,
  openRound,
  saveReview,
  saveSettings,
  setQuestions,
} from './talent.service.ts';

const tags = ['talent'];

export const talentRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/talent/rounds',
    {
      schema: {
        tags,
        summary: 'Talent review rounds: all for HR, else the ones I review in or calibrate',
        response: { 200: z.array(roundSummarySchema), ...problems },
      },
    },
    async (request) => rounds(ctxOf(request)),
  );
  app.post(
    '/talent/rounds',
    {
      schema: {
        tags,
        summary: 'Open a talent review round for a group (HR)',
        body: roundInput,
        response: { 201: roundSchema, ...problems },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const id = await openRound(ctx, request.body);
      return reply.status(201).send(await roundView(ctx, id));
    },
  );
  app.get(
    '/talent/rounds/:id',
    {
      schema: {
        tags,
        summary: 'A round with its calibration grid (HR, reviewers, calibration participants)',
        params: idParams,
        response: { 200: roundSchema, ...problems },
      },
    },
    async (request) => roundView(ctxOf(request), request.params.id),
  );
  app.put(
    '/talent/rounds/:id/questions',
    {
      schema: {
        tags,
        summary: 'Edit the questions of a draft round: the whole list in its new order (HR, before it opens)',
        params: idParams,
        body: questionsInput,
        response: { 200: roundSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await setQuestions(ctx, request.params.id, request.body.questions);
      return roundView(ctx, request.params.id);
    },
  );
  app.post(
    '/talent/rounds/:id/open',
    {
      schema: {
        tags,
        summary: 'Open a draft round to its reviewers; its questions are fixed from then on (HR)',
        params: idParams,
        response: { 200: roundSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await openDraft(ctx, request.params.id);
      return roundView(ctx, request.params.id);
    },
  );
  app.post(
    '/talent/rounds/:id/sign-off',
    {
      schema: {
        tags,
        summary: 'Sign the round off: locked, development actions proposed to each person (HR)',
        params: idParams,
        response: { 200: roundSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await signOff(ctx, request.params.id);
      return roundView(ctx, request.params.id);
    },
  );
  app.post(
    '/talent/rounds/:id/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a signed-off round for changes (HR)',
        params: idParams,
        body: reopenInput,
        response: { 200: roundSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await reopen(ctx, request.params.id);
      return roundView(ctx, request.params.id);
    },
  );
  app.post(
    '/talent/rounds/:id/assign-path',
    {
      schema: {
        tags,
        summary: 'Assign a learning path to everyone in chosen boxes of a signed-off round (HR)',
        params: idParams,
        body: assignPathInput,
        response: { 200: z.object({ assigned: z.number().int() }), ...problems },
      },
    },
    async (request) => ({ assigned: await assignPath(ctxOf(request), request.params.id, request.body) }),
  );
  app.get(
    '/talent/rounds/:id/export',
    {
      schema: {
        tags,
        summary: 'The round for HR as CSV or XLSX',
        params: idParams,
        querystring: exportQuery,
        response: { ...problems },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { lines } = await exportLines(ctx, request.params.id);
      if (request.query.format === 'xlsx') {
        fileHeaders(reply, {
          fileName: 'talent-review.xlsx',
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          inline: false,
        });
        return reply.send((await roundXlsx(lines, ctx.locale)) as never);
      }
      fileHeaders(reply, {
        fileName: 'talent-review.csv',
        contentType: 'text/csv; charset=utf-8',
        inline: false,
      });
      return reply.send(roundCsv(lines, ctx.locale) as never);
    },
  );
  app.get(
    '/talent/reviews/:id',
    {
      schema: {
        tags,
        summary: 'One review with the live figures and its calibration history',
        params: idParams,
        response: { 200: reviewSchema, ...problems },
      },
    },
    async (request) => reviewView(ctxOf(request), request.params.id),
  );
  app.put(
    '/talent/reviews/:id',
    {
      schema: {
        tags,
        summary: 'Fill in a review (its reviewer or HR, until sign-off)',
        params: idParams,
        body: reviewInput,
        response: { 200: reviewSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await saveReview(ctx, request.params.id, request.body);
      return reviewView(ctx, request.params.id);
    },
  );
  app.post(
    '/talent/reviews/:id/move',
    {
      schema: {
        tags,
        summary: 'Calibration: move a person to another box, with a reason (kept)',
        params: idParams,
        body: moveInput,
        response: { 200: reviewSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await moveReview(ctx, request.params.id, request.body);
      return reviewView(ctx, request.params.id);
    },
  );
  app.get(
    '/talent/succession',
    {
      schema: {
        tags,
        summary: 'Succession candidates per job role from signed-off rounds (HR)',
        response: { 200: successionSchema, ...problems },
      },
    },
    async (request) => succession(ctxOf(request)),
  );
  app.get(
    '/talent/me',
    {
      schema: {
        tags,
        summary: 'Actions proposed to me, and of my own reviews what the organisation lets me see',
        response: { 200: myTalentSchema, ...problems },
      },
    },
    async (request) => myTalent(ctxOf(request)),
  );
  for (const [verb, decision] of [
    ['accept', 'accepted'],
    ['decline', 'declined'],
  ] as const)
    app.post(
      `/talent/proposals/:id/${verb}`,
      {
        schema: {
          tags,
          summary:
            verb === 'accept'
              ? 'Accept an action proposed to me: it lands in my plan'
              : 'Decline an action proposed to me',
          params: idParams,
          response: { 200: myTalentSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await decideProposal(ctx, request.params.id, decision);
        return myTalent(ctx);
      },
    );
  app.get(
    '/talent/settings',
    {
      schema: {
        tags,
        summary: 'What people see of their own review (HR)',
        response: { 200: settingsSchema, ...problems },
      },
    },
    async (request) => settings(ctxOf(request)),
  );
  app.put(
    '/talent/settings',
    {
      schema: {
        tags,
        summary: 'Choose what people see of their own review: nothing, the advice, or everything (HR)',
        body: settingsSchema,
        response: { 200: settingsSchema, ...problems },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await saveSettings(ctx, request.body);
      return settings(ctx);
    },
  );
};
