import { z } from 'zod';
import { calendarDate } from '../../http/common.schemas.ts';
import { audienceCriteria } from '../catalogue/index.ts';

// The API of talent reviews (vlootschouw): rounds, reviews, calibration, outcomes, settings.

export const level = z.number().int().min(1).max(3);
export const visibilities = ['nothing', 'advice', 'everything'] as const;
export const flightRisks = ['low', 'medium', 'high'] as const;
export const readinesses = ['ready_now', 'ready_later', 'not_yet'] as const;

export const questionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and dashes')
      .describe('Answers are stored by this id'),
    textNl: z.string().trim().min(1).max(300),
    textEn: z.string().trim().min(1).max(300),
    figures: z
      .enum(['none', 'team', 'own'])
      .default('none')
      .describe('Which of Groeipad’s live figures are shown next to the question'),
  })
  .meta({ id: 'TalentQuestion' });
export type Question = z.infer<typeof questionSchema>;

export const roundInput = z.object({
  title: z.string().trim().min(1).max(200),
  criteria: audienceCriteria.describe('Who is reviewed: units, job roles, roles (the catalogue’s audience)'),
  reviewerRule: z
    .enum(['managers_manager', 'hr'])
    .default('managers_manager')
    .describe('The manager’s manager reviews (HR when there is none), or HR reviews everyone'),
  reviewDeadline: calendarDate,
  calibrationOn: calendarDate.nullable().default(null),
  questions: z.array(questionSchema).max(12).optional().describe('Defaults to the three manager criteria'),
  participantIds: z.array(z.uuid()).max(50).default([]).describe('Who calibrates besides HR and reviewers'),
  isDraft: z
    .boolean()
    .default(false)
    .describe('Keep the round with HR to edit its questions; reviewers see it once HR opens it'),
});
export type RoundInput = z.infer<typeof roundInput>;

export const questionsInput = z.object({
  questions: z.array(questionSchema).min(1).max(12).describe('The whole form in its new order'),
});

export const figuresSchema = z
  .object({
    reports: z.number().int(),
    plansAgreed: z.number().int(),
    conversationsHeld: z.number().int(),
    teamLearningMinutes: z.number().int(),
    agreementsTotal: z.number().int(),
    agreementsKept: z.number().int(),
    ownLearningMinutes: z.number().int(),
    ownPlanAgreed: z.boolean(),
    since: z.string(),
  })
  .meta({ id: 'TalentFigures' });
export type Figures = z.infer<typeof figuresSchema>;

const box = { performance: level.nullable(), potential: level.nullable() };

export const gridEntrySchema = z
  .object({
    reviewId: z.uuid(),
    personId: z.uuid(),
    name: z.string(),
    unitName: z.string().nullable(),
    reviewerName: z.string().nullable(),
    ...box,
    isSubmitted: z.boolean(),
    moveCount: z.number().int(),
  })
  .meta({ id: 'TalentGridEntry' });

export const roundSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    reviewDeadline: z.string(),
    calibrationOn: z.string().nullable(),
    openedAt: z.string().nullable().describe('Null while the round is a draft with HR'),
    signedOffAt: z.string().nullable(),
    people: z.number().int(),
    submitted: z.number().int(),
  })
  .meta({ id: 'TalentRoundSummary' });

export const roundSchema = roundSummarySchema
  .extend({
    reviewerRule: z.enum(['managers_manager', 'hr']),
    questions: z.array(questionSchema),
    canManage: z.boolean(),
    grid: z.array(gridEntrySchema),
  })
  .meta({ id: 'TalentRound' });

export const moveSchema = z.object({
  fromPerformance: level.nullable(),
  fromPotential: level.nullable(),
  toPerformance: level,
  toPotential: level,
  reason: z.string(),
  movedBy: z.string().nullable(),
  movedAt: z.string(),
});

export const reviewInput = z.object({
  ...box,
  answers: z.record(z.string().max(40), z.string().max(2000)).default({}),
  flightRisk: z.enum(flightRisks).nullable().default(null),
  readiness: z.enum(readinesses).nullable().default(null),
  nextRoleId: z.uuid().nullable().default(null).describe('A job role (career paths)'),
  advice: z.string().trim().max(4000).default(''),
  actions: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
  isSubmitted: z.boolean().default(false),
});
export type ReviewInput = z.infer<typeof reviewInput>;

export const reviewSchema = z
  .object({
    id: z.uuid(),
    roundId: z.uuid(),
    roundTitle: z.string(),
    personId: z.uuid(),
    name: z.string(),
    reviewerName: z.string().nullable(),
    ...box,
    answers: z.record(z.string(), z.string()),
    flightRisk: z.enum(flightRisks).nullable(),
    readiness: z.enum(readinesses).nullable(),
    nextRole: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    advice: z.string(),
    actions: z.array(z.string()),
    isSubmitted: z.boolean(),
    isLocked: z.boolean(),
    canEdit: z.boolean(),
    canMove: z.boolean(),
    questions: z.array(questionSchema),
    figures: figuresSchema,
    moves: z.array(moveSchema),
  })
  .meta({ id: 'TalentReview' });

export const moveInput = z.object({
  performance: level,
  potential: level,
  reason: z.string().trim().min(1).max(1000),
});

export const reopenInput = z.object({ reason: z.string().trim().min(1).max(1000) });

export const assignPathInput = z.object({
  boxes: z
    .array(z.object({ performance: level, potential: level }))
    .min(1)
    .max(9),
  pathId: z.uuid(),
});

export const proposalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    status: z.enum(['proposed', 'accepted', 'declined']),
    roundTitle: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'TalentProposal' });

export const myTalentSchema = z
  .object({
    proposals: z.array(proposalSchema),
    reviews: z.array(
      z.object({
        roundTitle: z.string(),
        signedOffAt: z.string(),
        advice: z.string().nullable(),
        performance: level.nullable(),
        potential: level.nullable(),
        readiness: z.enum(readinesses).nullable(),
      }),
    ),
    visibility: z.enum(visibilities),
  })
  .meta({ id: 'MyTalent' });

export const settingsSchema = z.object({ ownReviewVisibility: z.enum(visibilities) });

export const successionSchema = z.array(
  z.object({
    jobRoleId: z.uuid(),
    title: z.string(),
    candidates: z.array(
      z.object({
        personId: z.uuid(),
        name: z.string(),
        readiness: z.enum(readinesses).nullable(),
        roundTitle: z.string(),
      }),
    ),
  }),
);

export const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
