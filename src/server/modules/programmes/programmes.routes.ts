import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { myScheduleCalendar, programmes, programmeView } from './programmes.read.ts';
import {
  createProgrammeBody,
  joinResultSchema,
  materialBody,
  materialParams,
  programmeSchema,
  programmeSessionBody,
  programmeSessionParams,
  programmeSummarySchema,
  trackBody,
  updateProgrammeBody,
} from './programmes.schemas.ts';
import {
  addMaterial,
  addProgrammeSession,
  addTrack,
  createProgramme,
  joinSession,
  leaveSession,
  removeMaterial,
  updateProgramme,
} from './programmes.service.ts';

const tags = ['programmes'];

export const programmeRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { baseUrl } = deps.config;
    app.get(
      '/programmes',
      {
        schema: {
          tags,
          summary: 'Programmes (growth weeks): published ones; L&D see drafts too',
          response: { 200: z.array(programmeSummarySchema), ...problems },
        },
      },
      async (request) => programmes(ctxOf(request)),
    );
    app.post(
      '/programmes',
      {
        schema: {
          tags,
          summary: 'Create a programme with its period and tracks (L&D; a draft until published)',
          body: createProgrammeBody,
          response: { 201: programmeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createProgramme(ctx, request.body);
        return reply.status(201).send(await programmeView(ctx, id));
      },
    );
    app.get(
      '/programmes/:id',
      {
        schema: {
          tags,
          summary: 'The programme page: tracks, sessions with seats and my place, clash warnings, recap',
          params: idParams,
          response: { 200: programmeSchema, ...problems },
        },
      },
      async (request) => programmeView(ctxOf(request), request.params.id),
    );
    app.patch(
      '/programmes/:id',
      {
        schema: {
          tags,
          summary: 'Change or publish a programme, or write its recap note (L&D)',
          params: idParams,
          body: updateProgrammeBody,
          response: { 200: programmeSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateProgramme(ctx, request.params.id, request.body);
        return programmeView(ctx, request.params.id);
      },
    );
    app.post(
      '/programmes/:id/tracks',
      {
        schema: {
          tags,
          summary: 'Add a track (L&D)',
          params: idParams,
          body: trackBody,
          response: { 201: programmeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addTrack(ctx, request.params.id, request.body);
        return reply.status(201).send(await programmeView(ctx, request.params.id));
      },
    );
    app.post(
      '/programmes/:id/sessions',
      {
        schema: {
          tags,
          summary: 'Add a session (a workshop of its own: seats, waitlist, invitation) to a track (L&D)',
          params: idParams,
          body: programmeSessionBody,
          response: { 201: programmeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addProgrammeSession(ctx, request.params.id, request.body);
        return reply.status(201).send(await programmeView(ctx, request.params.id));
      },
    );
    app.post(
      '/programmes/:id/sessions/:sessionId/join',
      {
        schema: {
          tags,
          summary: 'Add a session to my schedule (a seat, or the waitlist when full); names any clashes',
          params: programmeSessionParams,
          response: { 200: joinResultSchema, ...problems },
        },
      },
      async (request) => joinSession(ctxOf(request), request.params.id, request.params.sessionId),
    );
    app.post(
      '/programmes/:id/sessions/:sessionId/leave',
      {
        schema: {
          tags,
          summary: 'Take a session out of my schedule; my seat goes to the first on the waitlist',
          params: programmeSessionParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await leaveSession(ctxOf(request), request.params.id, request.params.sessionId, baseUrl);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/programmes/:id/my-schedule.ics',
      {
        schema: {
          tags,
          summary: 'My schedule of this programme as an iCalendar file (same UIDs as the invitations)',
          params: idParams,
          produces: ['text/calendar'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const ics = await myScheduleCalendar(ctxOf(request), request.params.id, baseUrl);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="groeipad-programme.ics"')
          .send(ics as never);
      },
    );
    app.post(
      '/programmes/:id/materials',
      {
        schema: {
          tags,
          summary: 'Add a recording or material (a link) to the recap (L&D)',
          params: idParams,
          body: materialBody,
          response: { 201: programmeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addMaterial(ctx, request.params.id, request.body);
        return reply.status(201).send(await programmeView(ctx, request.params.id));
      },
    );
    app.delete(
      '/programmes/:id/materials/:materialId',
      {
        schema: {
          tags,
          summary: 'Remove a recording or material (L&D)',
          params: materialParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await removeMaterial(ctxOf(request), request.params.id, request.params.materialId);
        return reply.status(204).send(null);
      },
    );
  };
