import { z } from 'zod';
import { calendarDate } from '../../../http/common.schemas.ts';
import { translated, translatedInput, translatedOptional } from '../skills.schemas.ts';

export const jobRoleSchema = z
  .object({
    id: z.uuid(),
    name: translated,
    description: translated,
    skills: z.array(z.object({ skillId: z.uuid(), targetLevel: z.number().int() })),
    leadsTo: z.array(z.uuid()).describe('Roles one can grow into from this role'),
    peopleCount: z.number().int(),
  })
  .meta({ id: 'JobRole' });
export const jobRoleBody = z.object({
  name: translatedInput(200),
  description: translatedOptional.optional(),
  skills: z
    .array(z.object({ skillId: z.uuid(), targetLevel: z.number().int().min(1).max(9) }))
    .max(200)
    .default([]),
  leadsTo: z.array(z.uuid()).max(50).default([]),
});
export const assignRoleBody = z.object({ jobRoleId: z.uuid().nullable(), since: calendarDate.optional() });
export type JobRoleInput = z.infer<typeof jobRoleBody>;
