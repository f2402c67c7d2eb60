import { z } from 'zod';
import { calendarDate, changesOf, dateTime, locale } from '../../http/common.schemas.ts';

const title = z.string().trim().min(1).max(200);
const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);

export const createProgrammeBody = z.object({
  title,
  summary: z.string().trim().max(2000).default(''),
  startsOn: calendarDate,
  endsOn: calendarDate,
  tracks: z.array(z.string().trim().min(1).max(100)).max(12).default([]),
});
export type CreateProgrammeInput = z.infer<typeof createProgrammeBody>;

export const updateProgrammeBody = changesOf(
  z.object({
    title,
    summary: z.string().trim().max(2000),
    startsOn: calendarDate,
    endsOn: calendarDate,
    status: z.enum(['draft', 'published']),
    recapNote: z.string().trim().max(4000),
  }),
);
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeBody>;

export const trackBody = z.object({ name: z.string().trim().min(1).max(100) });

export const speakerInput = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['internal', 'external']),
  personId: z.uuid().nullable().optional(),
  affiliation: z.string().trim().max(200).nullable().optional(),
});

export const sessionFormat = z.enum(['talk', 'panel', 'workshop']);

export const programmeSessionBody = z.object({
  trackId: z.uuid(),
  format: sessionFormat,
  language: locale,
  title,
  summary: z.string().trim().max(1000).default(''),
  startsAt: dateTime,
  endsAt: dateTime,
  location: z.string().trim().min(1).max(200).nullable().optional(),
  onlineUrl: httpUrl.nullable().optional(),
  seats: z.number().int().min(1).max(10000),
  speakers: z.array(speakerInput).max(10).default([]),
});
export type ProgrammeSessionInput = z.infer<typeof programmeSessionBody>;

export const materialBody = z.object({
  sessionId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The programme session it belongs to; none for the whole programme'),
  kind: z.enum(['recording', 'material']),
  title,
  url: httpUrl.optional().describe('A link (http or https); give this or fileId'),
  fileId: z
    .uuid()
    .optional()
    .describe('An uploaded file (POST /files): a recording plays in place on the recap; give this or url'),
});
export type MaterialInput = z.infer<typeof materialBody>;

export const programmeSessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() });
export const materialParams = z.object({ id: z.uuid(), materialId: z.uuid() });

const registration = z
  .object({
    status: z.enum(['confirmed', 'waitlisted', 'cancelled']),
    waitlistPosition: z.number().int().nullable(),
  })
  .nullable();

export const programmeSessionSchema = z
  .object({
    id: z.uuid(),
    eventSessionId: z.uuid(),
    eventId: z.uuid(),
    trackId: z.uuid(),
    format: sessionFormat,
    title: z.string(),
    summary: z.string(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    location: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    speakers: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(['internal', 'external']),
        personId: z.uuid().nullable(),
        affiliation: z.string().nullable(),
      }),
    ),
    seats: z.number().int(),
    seatsTaken: z.number().int(),
    waitlistLength: z.number().int(),
    isCancelled: z.boolean(),
    isOpen: z.boolean(),
    myRegistration: registration,
    inMySchedule: z.boolean().describe('I have a seat or a waitlist place'),
    clashesWith: z
      .array(z.uuid())
      .describe('Programme sessions in my schedule whose times overlap this one (never itself)'),
  })
  .meta({ id: 'ProgrammeSession' });

export const materialSchema = z
  .object({
    id: z.uuid(),
    sessionId: z.uuid().nullable(),
    kind: z.enum(['recording', 'material']),
    title: z.string(),
    url: z.string().describe("The link, or the app's own address of the uploaded file"),
    fileId: z.uuid().nullable(),
    contentType: z.string().nullable().describe('Of the uploaded file'),
    media: z
      .enum(['video', 'audio'])
      .nullable()
      .describe('An uploaded video or audio file, played in place on the recap'),
  })
  .meta({ id: 'ProgrammeMaterial' });

export const programmeSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    status: z.enum(['draft', 'published']),
    sessionCount: z.number().int(),
    isOver: z.boolean(),
  })
  .meta({ id: 'ProgrammeSummary' });

export const programmeSchema = programmeSummarySchema
  .extend({
    recapNote: z.string(),
    canManage: z.boolean(),
    tracks: z.array(z.object({ id: z.uuid(), name: z.string() })),
    sessions: z.array(programmeSessionSchema),
    materials: z.array(materialSchema),
    clashCount: z.number().int().describe('Pairs of overlapping sessions in my schedule'),
  })
  .meta({ id: 'Programme' });

export const joinResultSchema = z.object({
  status: z.enum(['confirmed', 'waitlisted']),
  clashesWith: z.array(z.uuid()).describe('Sessions in my schedule this one overlaps'),
});
