import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { decideSignUp } from './events.approvals.service.ts';
import { checkIn, giveFeedback, markAttendance } from './events.attendance.ts';
import {
  attendance,
  eventView,
  feedbackResults,
  invitation,
  teamNoShows,
  upcomingEvents,
  workshopApprovals,
} from './events.read.ts';
import {
  approvalRequestSchema,
  attendanceSchema,
  checkInBody,
  createEventBody,
  eventChanges,
  eventSchema,
  feedbackBody,
  feedbackResultsSchema,
  markAttendanceBody,
  sessionChanges,
  sessionInput,
  teamNoShowSchema,
} from './events.schemas.ts';
import { addSession, cancelSession, changeEvent, changeSession, createEvent } from './events.service.ts';
import { signUp } from './events.signup.batch.ts';
import { cancelRegistration } from './events.signup.service.ts';

const tags = ['events'];
const signUpResult = z.object({
  status: z
    .enum(['confirmed', 'waitlisted', 'pending_approval'])
    .describe('pending_approval: the event costs budget and waits for my manager'),
});
const decisionResult = z.object({ status: z.enum(['confirmed', 'waitlisted', 'declined']) });

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
      '/workshops/approvals',
      {
        schema: {
          tags,
          summary: 'Sign-ups for events that cost budget, waiting for me as manager',
          response: { 200: z.array(approvalRequestSchema), ...problems },
        },
      },
      async (request) => workshopApprovals(ctxOf(request)),
    );
    for (const [verb, isApproved] of [
      ['approve', true],
      ['decline', false],
    ] as const)
      app.post(
        `/workshops/approvals/:id/${verb}`,
        {
          schema: {
            tags,
            summary: isApproved
              ? 'Approve a sign-up: the person gets a seat (or a waitlist place) and is told'
              : 'Decline a sign-up: the person is told',
            params: idParams,
            response: { 200: decisionResult, ...problems },
          },
        },
        async (request) => ({
          status: (await decideSignUp(ctxOf(request), request.params.id, isApproved, baseUrl)) as
            | 'confirmed'
            | 'waitlisted'
            | 'declined',
        }),
      );
    app.patch(
      '/workshops/:id',
      {
        schema: {
          tags,
          summary: 'Change an event: title and summary (in one language), cost, approval, what it serves',
          params: idParams,
          body: eventChanges,
          response: { 200: eventSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeEvent(ctx, request.params.id, request.body);
        return eventView(ctx, request.params.id);
      },
    );
    app.post(
      '/workshops/sessions/:id/feedback',
      {
        schema: {
          tags,
          summary: 'My feedback after attending (how was it, can I use it in my work, a comment)',
          params: idParams,
          body: feedbackBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await giveFeedback(ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/workshops/sessions/:id/feedback',
      {
        schema: {
          tags,
          summary: 'The feedback results for the organiser (no names)',
          params: idParams,
          response: { 200: feedbackResultsSchema, ...problems },
        },
      },
      async (request) => feedbackResults(ctxOf(request), request.params.id),
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
        status: (await signUp(ctxOf(request), request.params.id, baseUrl)) as
          | 'confirmed'
          | 'waitlisted'
          | 'pending_approval',
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
