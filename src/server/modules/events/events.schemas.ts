import { z } from 'zod';
import { locale } from '../../http/common.schemas.ts';

export const sessionInput = z.object({
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  location: z.string().trim().min(1).max(200).nullable().optional(),
  onlineUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  trainerId: z.uuid().nullable().optional(),
  trainerName: z.string().trim().min(1).max(200).nullable().optional(),
  seats: z.number().int().min(1).max(10000),
  signupDeadline: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type SessionInput = z.infer<typeof sessionInput>;
export const sessionChanges = sessionInput.partial();
export type SessionChanges = z.infer<typeof sessionChanges>;

const servesKinds = ['skill', 'value', 'competency', 'goal'] as const;
const servesInput = z
  .array(z.object({ kind: z.enum(servesKinds), id: z.uuid() }))
  .max(30)
  .describe('Skills, core values, core competencies and organisation goals the event serves');

const eventFields = {
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(1000),
  costCents: z
    .number()
    .int()
    .min(0)
    .max(100_000_000)
    .nullable()
    .describe('What a seat costs the development budget; with a cost, the manager approves each sign-up'),
  needsApproval: z.boolean().describe('Sign-ups wait for the person’s manager (always when it costs budget)'),
  serves: servesInput,
};

export const createEventBody = z.object({
  language: locale,
  title: eventFields.title,
  summary: eventFields.summary.default(''),
  durationMinutes: z.number().int().min(1).max(1440).nullable().optional(),
  costCents: eventFields.costCents.optional(),
  needsApproval: eventFields.needsApproval.default(false),
  serves: servesInput.default([]),
  sessions: z.array(sessionInput).min(1).max(50),
});
export type CreateEventInput = z.infer<typeof createEventBody>;

export const eventChanges = z.object({
  language: locale.optional().describe('The language of title and summary; default the reader’s'),
  title: eventFields.title.optional(),
  summary: eventFields.summary.optional(),
  costCents: eventFields.costCents.optional(),
  needsApproval: eventFields.needsApproval.optional(),
  serves: servesInput.optional(),
});
export type EventChanges = z.infer<typeof eventChanges>;

const registrationStatus = z.enum(['confirmed', 'waitlisted', 'cancelled']);
const approvalState = z.enum(['pending', 'approved', 'declined', 'withdrawn']);

export const sessionSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    title: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    location: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    trainer: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
    seats: z.number().int(),
    seatsTaken: z.number().int(),
    waitlistLength: z.number().int(),
    signupDeadline: z.iso.datetime().nullable(),
    isCancelled: z.boolean(),
    isOpen: z.boolean().describe('Sign-up is possible now (scheduled, not started, before the deadline)'),
    myRegistration: z
      .object({
        status: registrationStatus,
        waitlistPosition: z.number().int().nullable(),
        attendedAt: z.iso.datetime().nullable(),
        hasGivenFeedback: z.boolean(),
      })
      .nullable(),
    myApproval: z
      .object({ state: approvalState })
      .nullable()
      .describe('My latest request to my manager for this session (events that cost budget)'),
    canManage: z.boolean(),
  })
  .meta({ id: 'EventSession' });

export const eventSchema = z
  .object({
    id: z.uuid().describe('The catalogue content item'),
    title: z.string(),
    summary: z.string(),
    language: locale,
    costCents: z.number().int().nullable(),
    needsApproval: z.boolean(),
    serves: z.array(z.object({ kind: z.enum(servesKinds), id: z.uuid(), name: z.string() })),
    team: z
      .object({ managerId: z.uuid() })
      .nullable()
      .describe('A manager’s own event: only their direct reports (and they) see it and sign up'),
    canManage: z.boolean(),
    sessions: z.array(sessionSchema),
  })
  .meta({ id: 'Event' });

export const attendeeSchema = z
  .object({
    registrationId: z.uuid(),
    person: z.object({ id: z.uuid(), displayName: z.string() }),
    status: registrationStatus,
    signedUpAt: z.iso.datetime(),
    attendedAt: z.iso.datetime().nullable(),
    isNoShow: z.boolean().describe('Confirmed, the session is over, and not checked in'),
  })
  .meta({ id: 'EventAttendee' });

export const attendanceSchema = z
  .object({
    session: sessionSchema,
    checkInUrl: z.string().describe('The address in the QR code at the door'),
    attendees: z.array(attendeeSchema),
  })
  .meta({ id: 'EventAttendance' });

export const markAttendanceBody = z.object({ personId: z.uuid(), attended: z.boolean() });
export const checkInBody = z.object({ code: z.string().regex(/^[\w-]{16,64}$/) });

export const teamNoShowSchema = z
  .object({
    person: z.object({ id: z.uuid(), displayName: z.string() }),
    sessionId: z.uuid(),
    title: z.string(),
    startsAt: z.iso.datetime(),
  })
  .meta({ id: 'EventNoShow' });

export const approvalRequestSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    sessionId: z.uuid(),
    title: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    costCents: z.number().int().nullable(),
    requestedAt: z.iso.datetime(),
    person: z.object({ id: z.uuid(), displayName: z.string() }),
  })
  .meta({ id: 'EventApprovalRequest' });

export const feedbackBody = z.object({
  rating: z.number().int().min(1).max(5).describe('How was it, 1 (poor) to 5 (excellent)'),
  isUsefulForWork: z.boolean().describe('Can I use what I learned in my work?'),
  comment: z.string().trim().min(1).max(1000).nullable().optional(),
});
export type FeedbackInput = z.infer<typeof feedbackBody>;

export const feedbackResultsSchema = z
  .object({
    sessionId: z.uuid(),
    attended: z.number().int(),
    responses: z.number().int(),
    averageRating: z.number().nullable(),
    usefulForWork: z.number().int().describe('How many said they can use it in their work'),
    comments: z.array(
      z.object({ rating: z.number().int(), comment: z.string(), createdAt: z.iso.datetime() }),
    ),
  })
  .meta({ id: 'EventFeedbackResults' });
