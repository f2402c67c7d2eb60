import { z } from 'zod';
import { calendarDate, dateTime } from '../../http/common.schemas.ts';
import { audienceCriteria } from '../catalogue/index.ts';

export const stepKinds = ['buddy', 'task', 'check_in', 'learning'] as const;
export const stepOwners = ['newcomer', 'buddy', 'manager'] as const;

export const templateStepInput = z.object({
  kind: z.enum(stepKinds).describe('Meet your buddy, a task, a check-in with the manager, a learning item'),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().default(null),
  dayOffset: z.number().int().min(0).max(365).describe('Days after the start date the step is due'),
  owner: z.enum(stepOwners).describe('Who does it'),
  contentId: z.uuid().nullable().default(null).describe('The catalogue item of a learning step'),
});
export type TemplateStepInput = z.infer<typeof templateStepInput>;

export const templateInput = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().default(null),
  criteria: audienceCriteria
    .nullable()
    .default(null)
    .describe('Assigned automatically on the start date to whom these reach; null = by hand only'),
  isActive: z.boolean().default(true).describe('Whether the rule assigns it'),
  steps: z.array(templateStepInput).min(1).max(60),
});
export type TemplateInput = z.infer<typeof templateInput>;

export const templateSchema = templateInput
  .extend({
    id: z.uuid(),
    steps: z.array(templateStepInput.extend({ id: z.uuid(), contentTitle: z.string().nullable() })),
    journeys: z.number().int().describe('Journeys started from it'),
  })
  .meta({ id: 'OnboardingTemplate' });

export const templateSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    hasRule: z.boolean(),
    isActive: z.boolean(),
    steps: z.number().int(),
    journeys: z.number().int(),
  })
  .meta({ id: 'OnboardingTemplateSummary' });

export const previewInput = z.object({ criteria: audienceCriteria });
export const previewSchema = z
  .object({
    reached: z.number().int(),
    people: z
      .array(
        z.object({
          id: z.uuid(),
          displayName: z.string(),
          startDate: calendarDate.nullable(),
          unitName: z.string().nullable(),
        }),
      )
      .describe('The first 100 reached'),
  })
  .meta({ id: 'OnboardingRulePreview' });

export const assignInput = z.object({
  personId: z.uuid(),
  templateId: z.uuid(),
  buddyId: z.uuid().nullable().default(null),
  startDate: calendarDate
    .nullable()
    .default(null)
    .describe("Day 0 of the journey; by default the person's start date, else today (a role change)"),
});

export const buddyInput = z.object({ buddyId: z.uuid().nullable() });
export const tickInput = z.object({ done: z.boolean() });

const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const journeyStepSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(stepKinds),
    title: z.string(),
    description: z.string().nullable(),
    owner: z.enum(stepOwners),
    contentId: z.uuid().nullable(),
    contentTitle: z.string().nullable(),
    dueDate: calendarDate,
    week: z.number().int().describe('Week of the journey the step falls in, from 1'),
    doneAt: dateTime.nullable(),
    isOverdue: z.boolean(),
    canTick: z.boolean().describe('Whether the one asking may tick it off'),
  })
  .meta({ id: 'OnboardingStep' });

export const journeySchema = z
  .object({
    id: z.uuid(),
    templateName: z.string(),
    startDate: calendarDate,
    source: z.enum(['rule', 'hand']),
    person: personRef.extend({ jobTitle: z.string().nullable() }),
    buddy: personRef.nullable(),
    manager: personRef.nullable(),
    myPart: z.enum(['newcomer', 'buddy', 'manager', 'admin']).describe('How the one asking is involved'),
    done: z.number().int(),
    total: z.number().int(),
    steps: z.array(journeyStepSchema),
  })
  .meta({ id: 'OnboardingJourney' });

export const overviewSchema = z
  .object({
    mine: z.array(journeySchema).describe('My own journeys'),
    buddy: z.array(journeySchema).describe('Journeys I am the buddy in'),
    team: z.array(journeySchema).describe("My reports' journeys"),
  })
  .meta({ id: 'OnboardingOverview' });
