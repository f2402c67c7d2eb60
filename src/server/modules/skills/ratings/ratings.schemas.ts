import { z } from 'zod';
import { personRef, skillSchema, translated } from '../skills.schemas.ts';

export const ratingSource = z.enum(['self', 'manager', 'peer', 'evidence']);
export const ratingSchema = z
  .object({
    id: z.uuid(),
    skillId: z.uuid(),
    source: ratingSource,
    level: z.number().int(),
    rater: personRef.nullable(),
    evidenceKind: z.enum(['learning_completed', 'assessment_passed', 'other']).nullable(),
    note: z.string().nullable(),
    ratedOn: z.string(),
  })
  .meta({ id: 'SkillRating' });

export const currentLevelSchema = z
  .object({
    level: z.number().int(),
    reason: z.enum(['manager_recent', 'self_latest', 'manager_older', 'evidence_highest']),
    ratingId: z.uuid(),
    ratedOn: z.string(),
    rater: personRef.nullable(),
  })
  .meta({ id: 'CurrentLevel' });

export const personSkillSchema = z
  .object({
    skill: skillSchema,
    current: currentLevelSchema.nullable(),
    ratings: z.array(ratingSchema).describe('Newest first, every source'),
    peerEndorsements: z.number().int(),
    targetLevel: z.number().int().nullable().describe("From the person's job role"),
    wantsToGrow: z.boolean(),
    isInterest: z.boolean(),
    willingToMentor: z.boolean(),
  })
  .meta({ id: 'PersonSkill' });

export const skillsMapSchema = z
  .object({
    person: personRef,
    jobRole: z.object({ id: z.uuid(), name: translated }).nullable(),
    canRateAs: ratingSource.nullable().describe('What a rating by the viewer would count as'),
    skills: z.array(personSkillSchema),
  })
  .meta({ id: 'SkillsMap' });

export const rateBody = z.object({
  skillId: z.uuid(),
  level: z.number().int().min(1).max(9),
  note: z.string().trim().max(2000).optional(),
  evidenceKind: z
    .enum(['learning_completed', 'assessment_passed', 'other'])
    .optional()
    .describe('Only L&D/HR record evidence; then the rating counts as evidence'),
});

export const preferencesBody = z.object({
  wantsToGrow: z.boolean().optional(),
  isInterest: z.boolean().optional(),
  willingToMentor: z.boolean().optional(),
});

export const ratingRequestSchema = z
  .object({
    id: z.uuid(),
    person: personRef,
    rater: personRef,
    raterIsManager: z.boolean(),
    skills: z.array(z.object({ id: z.uuid(), name: translated })),
    message: z.string().nullable(),
    status: z.enum(['open', 'done', 'declined']),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'RatingRequest' });
export const ratingRequestBody = z.object({
  raterId: z.uuid(),
  skillIds: z.array(z.uuid()).min(1).max(100),
  message: z.string().trim().max(2000).optional(),
});
export const answerRequestBody = z.object({
  ratings: z
    .array(z.object({ skillId: z.uuid(), level: z.number().int().min(1).max(9) }))
    .min(1)
    .max(100),
  note: z.string().trim().max(2000).optional(),
});
export const ratingRequestsQuery = z.object({
  box: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(['open', 'done', 'declined', 'all']).default('open'),
});
