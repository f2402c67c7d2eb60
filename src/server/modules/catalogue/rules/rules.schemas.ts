import { z } from 'zod';
import { calendarDate } from '../../../http/common.schemas.ts';
import { subjectRef } from '../catalogue.schemas.ts';

/** Roles a rule may target: a manager (someone with reports) or one of the roles people are granted. */
export const audienceRoles = [
  'manager',
  'owner',
  'hr_admin',
  'ld_admin',
  'coach',
  'ambassador',
  'works_council',
] as const;
export const audienceStatuses = ['active', 'leaving'] as const;

const ids = z.array(z.uuid()).max(50);

/**
 * Who a "criteria" rule reaches: every filled dimension must hold (and), any value within one may
 * (or). Units include their sub-units. People who left are never reached.
 */
export const audienceCriteria = z
  .object({
    unitIds: ids.default([]),
    jobRoleIds: ids.default([]),
    roles: z.array(z.enum(audienceRoles)).max(audienceRoles.length).default([]),
    statuses: z.array(z.enum(audienceStatuses)).max(2).default([]),
    startDateFrom: calendarDate.nullable().default(null),
    startDateTo: calendarDate.nullable().default(null),
    startsWithinDays: z
      .number()
      .int()
      .min(0)
      .max(999)
      .nullable()
      .default(null)
      .describe('Start date within this many days before or after today'),
  })
  .meta({ id: 'AudienceCriteria' });
export type AudienceCriteria = z.infer<typeof audienceCriteria>;

export const ruleInput = z.object({
  name: z.string().trim().min(1).max(200),
  condition: z.enum(['starts_within_days', 'is_manager', 'in_unit', 'criteria']),
  parameter: z
    .string()
    .max(100)
    .nullable()
    .default(null)
    .describe('Days for starts_within_days, unit id for in_unit'),
  criteria: audienceCriteria.nullable().default(null).describe('Who a criteria rule reaches'),
  subject: subjectRef,
  dueDays: z.number().int().min(1).max(3650).nullable().default(null),
  isActive: z.boolean().default(true),
});
export const ruleSchema = ruleInput
  .extend({ id: z.uuid(), subjectTitle: z.string(), enrolled: z.number().int() })
  .meta({ id: 'AudienceRule' });

export const rulePreviewInput = ruleInput.omit({ name: true, isActive: true, dueDays: true });
export const rulePreviewSchema = z
  .object({
    reached: z.number().int().describe('People the rule reaches now'),
    alreadyEnrolled: z.number().int(),
    newlyEnrolled: z.number().int().describe('People who would be enrolled when the rule is applied'),
    people: z
      .array(
        z.object({
          id: z.uuid(),
          displayName: z.string(),
          jobTitle: z.string().nullable(),
          unitName: z.string().nullable(),
          isEnrolled: z.boolean(),
        }),
      )
      .describe('The first 100 reached, those to be newly enrolled first'),
  })
  .meta({ id: 'AudienceRulePreview' });
