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

export const createEventBody = z.object({
  language: locale,
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(1000).default(''),
  durationMinutes: z.number().int().min(1).max(1440).nullable().optional(),
  sessions: z.array(sessionInput).min(1).max(50),
});
export type CreateEventInput = z.infer<typeof createEventBody>;

const registrationStatus = z.enum(['confirmed', 'waitlisted', 'cancelled']);

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
      })
      .nullable(),
    canManage: z.boolean(),
  })
  .meta({ id: 'EventSession' });

export const eventSchema = z
  .object({
    id: z.uuid().describe('The catalogue content item'),
    title: z.string(),
    summary: z.string(),
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
