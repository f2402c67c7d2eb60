import { z } from 'zod';
import { calendarDate, changesOf } from '../../http/common.schemas.ts';

export const planStates = ['draft', 'shared', 'agreed', 'reviewed'] as const;
export const goalStatuses = ['open', 'in_progress', 'achieved', 'dropped'] as const;
export const servesKinds = ['organisation_goal', 'team_goal', 'skill', 'job_role'] as const;
export const actionKinds = [
  'learning',
  'mentor',
  'assignment',
  'event',
  'external_training',
  'other',
] as const;
export const refKinds = ['content', 'course', 'path', 'person'] as const;

const text = (max: number) => z.string().trim().max(max);
/** A plan period: a year (2026) or a named period (2026-H1). */
export const period = z
  .string()
  .trim()
  .regex(/^\d{4}(-[A-Za-z0-9]{1,10})?$/, 'a year like 2026, optionally with a suffix like 2026-H1');

export const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const servesSchema = z
  .object({
    kind: z
      .enum(servesKinds)
      .nullable()
      .describe('What the goal serves: an organisation goal, team goal, skill or job role'),
    id: z.uuid().nullable(),
    title: z
      .string()
      .nullable()
      .describe("The linked goal's title or skill/role name, when the reader may see it"),
    label: z.string().nullable().describe('Free text, e.g. the goal or skill name'),
    targetLevel: z.number().int().nullable().describe('For skills: the level aimed for'),
  })
  .meta({ id: 'PlanGoalServes' });

export const planGoalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    why: z.string().nullable(),
    serves: servesSchema,
    skill: z
      .object({ id: z.uuid(), name: z.string().nullable(), targetLevel: z.number().int().nullable() })
      .nullable()
      .describe('The skill the goal develops next to what it serves (serves.kind skill says it there)'),
    successMeasure: z.string().nullable(),
    targetDate: calendarDate.nullable(),
    status: z.enum(goalStatuses),
    progress: z.number().int(),
    isOverdue: z.boolean().describe('Past its target date while still open or in progress'),
  })
  .meta({ id: 'PlanGoal' });

export const actionLearningSchema = z
  .object({
    type: z.enum(['content', 'course', 'path']),
    id: z.uuid(),
    title: z.string(),
    format: z.string(),
    durationMinutes: z.number().int().nullable(),
    percent: z.number().int(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PlanActionLearning' });

export const planActionSchema = z
  .object({
    id: z.uuid(),
    goalId: z.uuid().nullable(),
    kind: z.enum(actionKinds),
    title: z.string(),
    ref: z.object({ kind: z.enum(refKinds), id: z.uuid() }).nullable(),
    dueDate: calendarDate.nullable(),
    isDone: z.boolean().describe('Marked done, or the linked learning is completed'),
    source: z.enum(['plan', 'conversation', 'workout', 'talent_review']),
    learning: actionLearningSchema
      .nullable()
      .describe("For learning actions: the catalogue learning and the person's progress"),
  })
  .meta({ id: 'PlanAction' });

export const learningSuggestionSchema = z
  .object({
    type: z.enum(['content', 'course', 'path']),
    id: z.uuid(),
    title: z.string(),
    format: z.string(),
    durationMinutes: z.number().int().nullable(),
  })
  .meta({ id: 'LearningSuggestion' });
export const suggestionsQuery = z.object({ goalId: z.uuid() });

export const planNoteSchema = z
  .object({
    id: z.uuid(),
    goalId: z.uuid().nullable(),
    kind: z.enum(['reflection', 'manager_comment']),
    author: personRef,
    body: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PlanNote' });

export const followupSchema = z
  .object({
    agreementId: z.uuid(),
    title: z.string(),
    day: z.number().int(),
    answer: z.string(),
    answeredAt: z.iso.datetime(),
  })
  .meta({ id: 'LearningFollowupAnswer' });

export const planSchema = z
  .object({
    id: z.uuid(),
    person: personRef,
    manager: personRef.nullable(),
    period: z.string(),
    state: z.enum(planStates),
    sharedAt: z.iso.datetime().nullable(),
    agreedAt: z.iso.datetime().nullable(),
    reviewedAt: z.iso.datetime().nullable(),
    goals: z.array(planGoalSchema),
    actions: z.array(planActionSchema),
    notes: z.array(planNoteSchema),
    followups: z.array(followupSchema).describe('Answers to learning-agreement follow-up questions'),
    can: z.object({
      edit: z.boolean().describe('The owner, while the plan is not reviewed'),
      share: z.boolean(),
      agree: z.boolean(),
      review: z.boolean(),
      comment: z.boolean(),
    }),
  })
  .meta({ id: 'DevelopmentPlan' });

export const planSummarySchema = z
  .object({
    id: z.uuid(),
    person: personRef,
    period: z.string(),
    state: z.enum(planStates),
    goals: z.number().int(),
    overdueGoals: z.number().int().describe('Goals past their target date, still open or in progress'),
    actionsDone: z.number().int(),
    actions: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'DevelopmentPlanSummary' });

export const myPlanQuery = z.object({ period: period.optional() });
export const createPlanBody = z.object({ period: period.optional() });
export const listPlansQuery = z.object({
  period: period.optional(),
  scope: z.enum(['team', 'organisation']).default('team'),
});

const servesInput = {
  servesKind: z.enum(servesKinds).nullable().optional(),
  servesId: z.uuid().nullable().optional(),
  servesLabel: text(200).nullable().optional(),
  targetLevel: z.number().int().min(1).max(10).nullable().optional(),
  skillId: z.uuid().nullable().optional().describe('The skill the goal develops, next to what it serves'),
  skillTargetLevel: z.number().int().min(1).max(10).nullable().optional(),
};
export const createGoalBody = z.object({
  title: text(200).min(1),
  why: text(5000).nullable().optional(),
  ...servesInput,
  successMeasure: text(2000).nullable().optional(),
  targetDate: calendarDate.nullable().optional(),
});
export const updateGoalBody = changesOf(createGoalBody).extend({
  status: z.enum(goalStatuses).optional(),
  progress: z.number().int().min(0).max(100).optional(),
});
export type GoalInput = z.infer<typeof updateGoalBody>;

export const createActionBody = z.object({
  goalId: z.uuid().nullable().optional(),
  kind: z.enum(actionKinds),
  title: text(200).min(1),
  refKind: z.enum(refKinds).nullable().optional(),
  refId: z.uuid().nullable().optional(),
  dueDate: calendarDate.nullable().optional(),
});
export const updateActionBody = changesOf(createActionBody).extend({ isDone: z.boolean().optional() });
export type ActionInput = z.infer<typeof updateActionBody>;

export const createNoteBody = z.object({ body: text(5000).min(1), goalId: z.uuid().nullable().optional() });

export const planGoalParams = z.object({ id: z.uuid(), goalId: z.uuid() });
export const planActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });

export const historyEntrySchema = z
  .object({
    action: z.string(),
    actor: personRef.nullable(),
    changes: z.record(z.string(), z.unknown()),
    at: z.iso.datetime(),
  })
  .meta({ id: 'PlanHistoryEntry' });
