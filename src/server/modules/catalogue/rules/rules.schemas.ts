import { z } from 'zod';
import { subjectRef } from '../catalogue.schemas.ts';

export const ruleInput = z.object({
  name: z.string().trim().min(1).max(200),
  condition: z.enum(['starts_within_days', 'is_manager', 'in_unit']),
  parameter: z
    .string()
    .max(100)
    .nullable()
    .default(null)
    .describe('Days for starts_within_days, unit id for in_unit'),
  subject: subjectRef,
  dueDays: z.number().int().min(1).max(3650).nullable().default(null),
  isActive: z.boolean().default(true),
});
export const ruleSchema = ruleInput
  .extend({ id: z.uuid(), subjectTitle: z.string(), enrolled: z.number().int() })
  .meta({ id: 'AudienceRule' });
