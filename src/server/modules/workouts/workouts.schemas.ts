import { z } from 'zod';
import { calendarDate, locale } from '../../http/common.schemas.ts';

export const templateBody = z.object({
  language: locale,
  title: z.string().trim().min(1).max(200),
  theme: z.string().trim().max(100).default(''),
  assignment: z.string().trim().min(1).max(4000),
  reflectionQuestion: z.string().trim().min(1).max(500),
  durationMinutes: z.number().int().min(5).max(480),
});
export type TemplateInput = z.infer<typeof templateBody>;

/** An own WorkOut by id; a shipped library key is accepted here so it can be refused with a clear code. */
export const templateParams = z.object({
  id: z.string().trim().min(1).max(100).describe('An own WorkOut’s id (shipped library keys are read-only)'),
});

export const planWorkoutBody = z
  .object({
    libraryKey: z.string().trim().min(1).max(100).optional().describe('A WorkOut from the shipped library'),
    templateId: z.uuid().optional().describe('Or one of the organisation’s own WorkOuts'),
    plannedOn: calendarDate,
    contentId: z.uuid().nullable().optional().describe('The learning item it follows up'),
    participantIds: z.array(z.uuid()).min(1).max(50).describe('My direct reports taking part'),
  })
  .refine((v) => Boolean(v.libraryKey) !== Boolean(v.templateId), {
    path: ['libraryKey'],
    message: 'give a library key or a template id',
  });
export type PlanWorkoutInput = z.infer<typeof planWorkoutBody>;

export const reflectionBody = z.object({ text: z.string().trim().min(1).max(2000) });

const nextStep = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('personal'),
    title: z.string().trim().min(1).max(300),
    personId: z.uuid().describe('A participant: the step lands as an action in their development plan'),
  }),
  z.object({
    kind: z.literal('team'),
    title: z.string().trim().min(1).max(300),
    orgUnitId: z
      .uuid()
      .optional()
      .describe('The team: the step becomes a team goal of this unit (default: the manager’s unit)'),
    alignedGoalId: z.uuid().describe('The organisation goal the team goal serves'),
  }),
]);

export const completeBody = z.object({ nextSteps: z.array(nextStep).max(30) });
export type CompleteInput = z.infer<typeof completeBody>;

export const librarySchema = z
  .object({
    source: z.enum(['library', 'own']),
    key: z.string().describe('The library key, or the own WorkOut’s id'),
    title: z.string(),
    theme: z.string(),
    assignment: z.string(),
    reflectionQuestion: z.string(),
    durationMinutes: z.number().int(),
    language: locale.describe('The language it is written in (shipped ones: the reader’s)'),
    canEdit: z.boolean().describe('An own WorkOut I wrote, or I am L&D; shipped ones never'),
  })
  .meta({ id: 'WorkoutTemplate' });

const person = z.object({ id: z.uuid(), displayName: z.string() });

export const workoutSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    plannedOn: z.iso.date(),
    status: z.enum(['planned', 'done']),
    manager: person,
    participantCount: z.number().int(),
    reflectionCount: z.number().int(),
    isMine: z.boolean().describe('I lead it'),
    myReflection: z.string().nullable(),
  })
  .meta({ id: 'WorkoutSummary' });

export const workoutSchema = workoutSummarySchema
  .extend({
    assignment: z.string(),
    reflectionQuestion: z.string(),
    durationMinutes: z.number().int(),
    learningItem: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    doneAt: z.iso.datetime().nullable(),
    participants: z.array(
      z.object({ person, reflection: z.string().nullable(), reflectedAt: z.iso.datetime().nullable() }),
    ),
    nextSteps: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['personal', 'team']),
        title: z.string(),
        person: person.nullable(),
        landedIn: z.enum(['plan', 'teamGoal']).nullable(),
      }),
    ),
  })
  .meta({ id: 'Workout' });

export const workoutSettingsSchema = z
  .object({
    reflectionReminderDays: z
      .number()
      .int()
      .min(1)
      .max(14)
      .describe('Days after the session before a participant who has not reflected is reminded (once)'),
  })
  .meta({ id: 'WorkoutSettings' });
