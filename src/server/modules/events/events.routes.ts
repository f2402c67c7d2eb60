import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { attendance, eventView, invitation, teamNoShows, upcomingEvents } from './events.read.ts';
import {
  attendanceSchema,
  checkInBody,
  createEventBody,
  eventSchema,
  markAttendanceBody,
  sessionChanges,
  sessionInput,
  teamNoShowSchema,
} from './events.schemas.ts';
import {
  addSession,
  cancelRegistration,
  cancelSession,
  changeSession,
  checkIn,
  createEvent,
  markAttendance,
  signUp,
} from './events.service.ts';

const tags = ['events'];
const signUpResult = z.object({ status: z.enum(['confirmed', 'waitlisted']) });

export const eventRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { baseUrl } = deps.config;
    app.get(
      '/workshops',
      {
        schema: {
          tags,
          summary: 'Upcoming events and workshops with their sessions',
          response: { 200: z.array(eventSchema), ...problems },
        },
      },
      async (request) => upcomingEvents(ctxOf(request)),
    );
    app.post(
      '/workshops',
      {
        schema: {
          tags,
          summary: 'Create an event (a catalogue item of kind event) with its sessions',
          body: createEventBody,
          response: { 201: eventSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createEvent(ctx, request.body);
        return reply.status(201).send(await eventView(ctx, id));
      },
    );
    app.get(
      '/workshops/team/no-shows',
      {
        schema: {
          tags,
          summary: "My reports' missed sessions",
          response: { 200: z.array(teamNoShowSchema), ...problems },
        },
      },
      async (request) => teamNoShows(ctxOf(request)),
    );
    app.get(
      '/workshops/:id',
      {
        schema: {
          tags,
          summary: 'One event with its sessions and my place in each',
          params: idParams,
          response: { 200: eventSchema, ...problems },
        },
      },
      async (request) => eventView(ctxOf(request), request.params.id),
    );
    app.post(
      '/workshops/:id/sessions',
      {
        schema: {
          tags,
          summary: 'Add a session',
          params: idParams,
          body: sessionInput,
          response: { 201: eventSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await addSession(ctx, request.params.id, request.body);
        return reply.status(201).send(await eventView(ctx, request.params.id));
      },
    );
    app.patch(
      '/workshops/sessions/:id',
      {
        schema: {
          tags,
          summary: 'Change a session: registered people get the updated invitation (same UID, next SEQUENCE)',
          params: idParams,
          body: sessionChanges,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await changeSession(ctxOf(request), request.params.id, request.body, baseUrl);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/workshops/sessions/:id/cancel',
      {
        schema: {
          tags,
          summary: 'Cancel a session; everyone registered is told',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await cancelSession(ctxOf(request), request.params.id, baseUrl);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/workshops/sessions/:id/sign-up',
      {
        schema: {
          tags,
          summary: 'Sign me up: a seat while there is one, else the waitlist',
          params: idParams,
          response: { 200: signUpResult, ...problems },
        },
      },
      async (request) => ({
        status: (await signUp(ctxOf(request), request.params.id)) as 'confirmed' | 'waitlisted',
      }),
    );
    app.post(
      '/workshops/sessions/:id/cancel-registration',
      {
        schema: {
          tags,
          summary: 'Cancel my registration; my seat goes to the first on the waitlist',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await cancelRegistration(ctxOf(request), request.params.id, baseUrl);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/workshops/sessions/:id/attendance',
      {
        schema: {
          tags,
          summary: 'Attendance list and the door QR address (organiser, trainer)',
          params: idParams,
          response: { 200: attendanceSchema, ...problems },
        },
      },
      async (request) => attendance(ctxOf(request), request.params.id, baseUrl),
    );
    app.post(
      '/workshops/sessions/:id/attendance',
      {
        schema: {
          tags,
          summary: 'Mark someone present (completes the item, xAPI, learning time) or undo',
          params: idParams,
          body: markAttendanceBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await markAttendance(ctxOf(request), request.params.id, request.body, baseUrl);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/workshops/sessions/:id/check-in',
      {
        schema: {
          tags,
          summary: 'Check myself in with the code of the QR at the door',
          params: idParams,
          body: checkInBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await checkIn(ctxOf(request), request.params.id, request.body.code, baseUrl);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/workshops/sessions/:id/invitation.ics',
      {
        schema: {
          tags,
          summary: 'The session invitation (iCalendar)',
          params: idParams,
          produces: ['text/calendar'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const ics = await invitation(ctxOf(request), request.params.id, baseUrl);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8; method=REQUEST')
          .header('content-disposition', 'attachment; filename="groeipad-session.ics"')
          .send(ics as never);
      },
    );
  };
