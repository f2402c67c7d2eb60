import { z } from 'zod';
import { calendarDate, changesOf } from '../../http/common.schemas.ts';

export const goalStatus = z.enum(['draft', 'active', 'achieved', 'dropped']);
const personRef = z.object({ id: z.uuid(), name: z.string() });

export const keyResultSchema = z
  .object({
    id: z.uuid(),
    metric: z.string(),
    startValue: z.number(),
    targetValue: z.number(),
    currentValue: z.number(),
    unit: z.string(),
    progress: z.number().describe('0..1, how far from start to target'),
  })
  .meta({ id: 'KeyResult' });

export const checkInSchema = z
  .object({
    id: z.uuid(),
    keyResultId: z.uuid(),
    value: z.number(),
    comment: z.string(),
    by: personRef.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'GoalCheckIn' });

export const organisationGoalSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    owner: personRef.nullable(),
    periodStart: calendarDate.nullable(),
    periodEnd: calendarDate.nullable(),
    status: goalStatus,
    isConfidential: z.boolean(),
    position: z.number().int(),
    progress: z.number(),
    keyResults: z.array(keyResultSchema),
  })
  .meta({ id: 'OrganisationGoal' });

export const teamGoalSchema = z
  .object({
    id: z.uuid(),
    orgUnit: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    description: z.string(),
    owner: personRef.nullable(),
    periodStart: calendarDate.nullable(),
    periodEnd: calendarDate.nullable(),
    status: goalStatus,
    alignedGoalIds: z.array(z.uuid()).describe('Organisation goals it serves (only those you may see)'),
  })
  .meta({ id: 'TeamGoal' });

const keyResultInput = z.object({
  metric: z.string().trim().min(1).max(300),
  startValue: z.number().default(0),
  targetValue: z.number(),
  currentValue: z.number().optional(),
  unit: z.string().max(40).default(''),
});

const period = {
  periodStart: calendarDate.nullable().optional(),
  periodEnd: calendarDate.nullable().optional(),
};
const periodCheck = (v: { periodStart?: string | null; periodEnd?: string | null }) =>
  !v.periodStart || !v.periodEnd || v.periodEnd >= v.periodStart;
const periodMessage = { path: ['periodEnd'], message: 'is before the start of the period' };

const goalFields = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  ownerId: z.uuid().nullable().optional(),
  ...period,
  status: goalStatus.default('draft'),
  isConfidential: z.boolean().default(false),
  position: z.number().int().min(0).max(1000).default(0),
});
export const createGoalBody = goalFields
  .extend({ keyResults: z.array(keyResultInput).max(10).default([]) })
  .refine(periodCheck, periodMessage);
export const updateGoalBody = changesOf(goalFields).refine(periodCheck, periodMessage);
export const keyResultBody = keyResultInput;
export const checkInBody = z.object({ value: z.number(), comment: z.string().max(2000).default('') });

const teamGoalFields = z.object({
  orgUnitId: z.uuid(),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000).default(''),
  ownerId: z.uuid().nullable().optional(),
  ...period,
  status: goalStatus.default('active'),
  alignedGoalIds: z.array(z.uuid()).min(1).max(10),
});
export const createTeamGoalBody = teamGoalFields.refine(periodCheck, periodMessage);
export const updateTeamGoalBody = changesOf(teamGoalFields.omit({ orgUnitId: true })).refine(
  periodCheck,
  periodMessage,
);
export const teamGoalsQuery = z.object({ unitId: z.uuid().optional() });

export const goalDetailSchema = z
  .object({
    goal: organisationGoalSchema,
    checkIns: z.array(checkInSchema),
    teamGoals: z.array(teamGoalSchema),
  })
  .meta({ id: 'OrganisationGoalDetail' });

export const goalTreeSchema = z
  .array(organisationGoalSchema.extend({ teamGoals: z.array(teamGoalSchema) }))
  .meta({ id: 'GoalTree' });

export type CreateGoalInput = z.infer<typeof createGoalBody>;
export type UpdateGoalInput = z.infer<typeof updateGoalBody>;
export type CreateTeamGoalInput = z.infer<typeof createTeamGoalBody>;
export type UpdateTeamGoalInput = z.infer<typeof updateTeamGoalBody>;
