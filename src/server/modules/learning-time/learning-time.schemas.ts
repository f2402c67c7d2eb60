import { z } from 'zod';

const date = z.iso.date();
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const roles = [
  'employee',
  'manager',
  'coach',
  'ambassador',
  'works_council',
  'ld_admin',
  'hr_admin',
  'owner',
] as const;

export const normInput = z.object({
  scope: z.enum(['organisation', 'unit', 'role']),
  orgUnitId: z.uuid().optional(),
  role: z.enum(roles).optional(),
  minutesPerWeek: z.number().int().min(0).max(2400).optional(),
  percentOfContract: z.number().min(0.5).max(100).optional(),
});
export const setNormsBody = z.object({ norms: z.array(normInput).max(200) });
export type NormInput = z.infer<typeof normInput>;

export const normSchema = z
  .object({
    id: z.uuid(),
    scope: z.enum(['organisation', 'unit', 'role']),
    orgUnit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    role: z.enum(roles).nullable(),
    minutesPerWeek: z.number().int().nullable(),
    percentOfContract: z.number().nullable(),
  })
  .meta({ id: 'LearningTimeNorm' });

export const entryInput = z.object({
  date,
  minutes: z.number().int().min(1).max(1440),
  description: z.string().trim().min(1).max(300),
});
export type EntryInput = z.infer<typeof entryInput>;

export const entrySchema = z
  .object({
    id: z.uuid(),
    date,
    minutes: z.number().int(),
    source: z.enum(['progress', 'event', 'workout', 'manual']),
    description: z.string().nullable(),
  })
  .meta({ id: 'LearningTimeEntry' });

const subject = z.object({ type: z.enum(['content', 'course', 'path']), id: z.uuid() });

export const blockInput = z.object({
  title: z.string().trim().min(1).max(200),
  date,
  startTime: time,
  endTime: time,
  repeatsWeekly: z.boolean().default(false),
  repeatUntil: date.nullable().optional(),
  subject: subject.nullable().optional(),
});
export type BlockInput = z.infer<typeof blockInput>;
// No defaults here: an empty change stays empty (and is refused as such).
export const blockChanges = blockInput.extend({ repeatsWeekly: z.boolean() }).partial();
export type BlockChanges = z.infer<typeof blockChanges>;

export const blockSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    date: date.describe('The first (or only) day'),
    startTime: time,
    endTime: time,
    repeatsWeekly: z.boolean(),
    repeatUntil: date.nullable(),
    subject: subject.nullable(),
  })
  .meta({ id: 'LearningTimeBlock' });

export const occurrenceSchema = z
  .object({ blockId: z.uuid(), date, startTime: time, endTime: time, title: z.string(), minutes: z.number() })
  .meta({ id: 'LearningTimeOccurrence' });

export const proposalInput = z.object({
  title: z.string().trim().min(1).max(200),
  date,
  startTime: time,
  endTime: time,
  repeatsWeekly: z.boolean().default(false),
});
export type ProposalInput = z.infer<typeof proposalInput>;

export const proposalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    date,
    startTime: time,
    endTime: time,
    repeatsWeekly: z.boolean(),
    proposedBy: z.string(),
    answer: z.enum(['open', 'accepted', 'declined']),
  })
  .meta({ id: 'LearningHourProposal' });

export const teamProposalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    date,
    startTime: time,
    endTime: time,
    repeatsWeekly: z.boolean(),
    accepted: z.number().int(),
    declined: z.number().int(),
    open: z.number().int(),
  })
  .meta({ id: 'TeamLearningHour' });

export const answerBody = z.object({ accept: z.boolean() });

export const weekQuery = z.object({
  week: date.optional().describe('Any day of the week; default this week'),
});

export const weekSchema = z
  .object({
    weekStart: date,
    weekEnd: date,
    normMinutes: z.number().int(),
    reservedMinutes: z.number().int(),
    learnedMinutes: z.number().int(),
    occurrences: z.array(occurrenceSchema),
    entries: z.array(entrySchema),
    blocks: z.array(blockSchema),
    proposals: z
      .array(proposalSchema)
      .describe('Team learning hours my manager proposed (upcoming or weekly)'),
  })
  .meta({ id: 'LearningTimeWeek' });

export const teamWeekSchema = z
  .object({
    weekStart: date,
    weekEnd: date,
    members: z.array(
      z.object({
        person: z.object({ id: z.uuid(), displayName: z.string() }),
        normMinutes: z.number().int(),
        reservedMinutes: z.number().int(),
        learnedMinutes: z.number().int(),
      }),
    ),
    proposals: z
      .array(teamProposalSchema)
      .describe('The team learning hours I proposed, with the answers counted'),
  })
  .meta({ id: 'LearningTimeTeamWeek' });

export const feedSchema = z
  .object({
    url: z.string().nullable().describe('Shown once when made; only whether one exists afterwards'),
    isActive: z.boolean(),
  })
  .meta({ id: 'LearningTimeFeed' });

export const feedParams = z.object({
  organisationId: z.uuid(),
  token: z.string().regex(/^[\w-]{32,64}$/),
});
