import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { sendAnswer } from '../../http/prepared-json.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { calendarFeed, feedStatus, norms, teamWeek } from './learning-time.read.ts';
import {
  answerBody,
  blockChanges,
  blockInput,
  entryInput,
  feedParams,
  feedSchema,
  normSchema,
  proposalInput,
  setNormsBody,
  teamWeekSchema,
  weekQuery,
  weekSchema,
} from './learning-time.schemas.ts';
import {
  answerProposal,
  changeBlock,
  logTime,
  proposeTeamHour,
  removeBlock,
  removeLoggedTime,
  renewFeed,
  reserveBlock,
  revokeFeed,
  setNorms,
} from './learning-time.service.ts';
import { myWeekJson } from './learning-time.week-kept.ts';

const tags = ['learning-time'];
const created = z.object({ id: z.uuid() });

export const learningTimeRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/learning-time/norms',
      {
        schema: {
          tags,
          summary: "The organisation's learning-time norms",
          response: { 200: z.array(normSchema), ...problems },
        },
      },
      async (request) => norms(ctxOf(request)),
    );
    app.put(
      '/learning-time/norms',
      {
        schema: {
          tags,
          summary: 'Set the norms: per organisation, unit or role, minutes a week or % of contract hours',
          body: setNormsBody,
          response: { 200: z.array(normSchema), ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setNorms(ctx, request.body.norms);
        return norms(ctx);
      },
    );
    app.get(
      '/learning-time/week',
      {
        schema: {
          tags,
          summary: 'My week: reserved blocks, time learned, my norm',
          querystring: weekQuery,
          response: { 200: weekSchema, ...problems },
        },
      },
      // Kept written out while current (learning-time.week-kept.ts): sent as it is, not zod-encoded.
      async (request, reply) => sendAnswer(reply, await myWeekJson(ctxOf(request), request.query.week)),
    );
    app.get(
      '/learning-time/team',
      {
        schema: {
          tags,
          summary: "My team's week: reserved and learned minutes against the norm (totals only)",
          querystring: weekQuery,
          response: { 200: teamWeekSchema, ...problems },
        },
      },
      async (request) => teamWeek(ctxOf(request), request.query.week),
    );
    app.post(
      '/learning-time/team/proposals',
      {
        schema: {
          tags,
          summary: 'Propose a team learning hour: each direct report sees it as a proposed block and is told',
          body: proposalInput,
          response: { 201: created, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send({ id: await proposeTeamHour(ctxOf(request), request.body, deps.config.baseUrl) }),
    );
    app.post(
      '/learning-time/proposals/:id/answer',
      {
        schema: {
          tags,
          summary: 'Accept a proposed team learning hour (it becomes my block) or decline it',
          params: idParams,
          body: answerBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await answerProposal(ctxOf(request), request.params.id, request.body.accept);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/learning-time/entries',
      {
        schema: {
          tags,
          summary: 'Log learning time by hand',
          body: entryInput,
          response: { 201: created, ...problems },
        },
      },
      async (request, reply) => reply.status(201).send({ id: await logTime(ctxOf(request), request.body) }),
    );
    app.delete(
      '/learning-time/entries/:id',
      {
        schema: {
          tags,
          summary: 'Remove time I logged by hand',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await removeLoggedTime(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/learning-time/blocks',
      {
        schema: {
          tags,
          summary: 'Reserve a block of learning time',
          body: blockInput,
          response: { 201: created, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send({ id: await reserveBlock(ctxOf(request), request.body) }),
    );
    app.patch(
      '/learning-time/blocks/:id',
      {
        schema: {
          tags,
          summary: 'Change a block (its calendar entry keeps its UID, SEQUENCE goes up)',
          params: idParams,
          body: blockChanges,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await changeBlock(ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.delete(
      '/learning-time/blocks/:id',
      {
        schema: {
          tags,
          summary: 'Remove a block',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await removeBlock(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/learning-time/feed',
      {
        schema: {
          tags,
          summary: 'Whether my calendar feed is on',
          response: { 200: feedSchema, ...problems },
        },
      },
      async (request) => feedStatus(ctxOf(request)),
    );
    app.post(
      '/learning-time/feed',
      {
        schema: {
          tags,
          summary: 'A new secret calendar address (shown once); the previous one stops working',
          response: { 200: feedSchema, ...problems },
        },
      },
      async (request) => renewFeed(ctxOf(request), deps.config.baseUrl),
    );
    app.delete(
      '/learning-time/feed',
      { schema: { tags, summary: 'Turn my calendar feed off', response: { 204: z.null(), ...problems } } },
      async (request, reply) => {
        await revokeFeed(ctxOf(request));
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/learning-time/calendar/:organisationId/:token',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary:
            'The calendar feed (iCalendar) for Outlook, Google or Apple; the secret in the address is the key',
          security: [],
          params: feedParams,
          produces: ['text/calendar'],
          response: { 404: problems[404] },
        },
      },
      async (request, reply) => {
        const ctx = await organisationContextOf(deps, request.params.organisationId);
        const ics = await calendarFeed(ctx, request.params.token, deps.config.baseUrl);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('cache-control', 'private, no-store')
          .send(ics as never);
      },
    );
  };
