import { z } from 'zod';
import { subjectKinds, subjectRef } from '../catalogue.schemas.ts';
import { enrolmentViewSchema } from '../learning/learning.schemas.ts';

export const teamMemberSchema = z
  .object({
    personId: z.uuid(),
    displayName: z.string(),
    jobTitle: z.string().nullable(),
    enrolments: z.array(enrolmentViewSchema),
    overdue: z.number().int(),
    pendingConfirmations: z.array(
      z.object({
        contentId: z.uuid(),
        title: z.string(),
        reflection: z.string(),
        submittedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'TeamLearningMember' });

export const ratingBody = z.object({
  subject: subjectRef,
  stars: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullable().default(null),
});
export const ratingSummarySchema = z
  .object({
    type: z.enum(subjectKinds),
    id: z.uuid(),
    title: z.string(),
    averageStars: z.number(),
    count: z.number().int(),
    comments: z.array(
      z.object({ stars: z.number().int(), comment: z.string(), updatedAt: z.iso.datetime() }),
    ),
  })
  .meta({ id: 'RatingSummary' });
