import { z } from 'zod';
import { personRef } from '../skills.schemas.ts';

export const mentorsQuery = z.object({ skillId: z.uuid() });
export const mentorSchema = z
  .object({
    person: personRef,
    level: z.number().int(),
    skillId: z.uuid(),
    buddyFor: z
      .string()
      .nullable()
      .describe('A buddy: promised in a learning agreement on this skill (the training title)'),
    ambassador: z
      .object({ headline: z.string() })
      .nullable()
      .describe('A learning ambassador with this skill among their topics (their profile headline)'),
  })
  .meta({ id: 'Mentor' });
export const mentoringRequestBody = z.object({
  mentorId: z.uuid(),
  skillId: z.uuid(),
  message: z.string().trim().max(2000).optional(),
});
