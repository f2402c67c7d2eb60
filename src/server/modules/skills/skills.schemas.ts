import { z } from 'zod';
import { calendarDate, changesOf, problemSchema } from '../../http/common.schemas.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
export const translated = z.object({ nl: z.string(), en: z.string() });
const translatedInput = (max: number) => z.object({ nl: text(max), en: text(max) });
const translatedOptional = z.object({ nl: z.string().max(4000), en: z.string().max(4000) });

export const personRef = z.object({
  id: z.uuid(),
  displayName: z.string(),
  orgUnit: z.object({ id: z.uuid(), name: z.string() }).nullable().optional(),
});

export const categorySchema = z.object({ id: z.uuid(), name: translated }).meta({ id: 'SkillCategory' });
export const categoryBody = z.object({ name: translatedInput(200) });

export const skillSchema = z
  .object({
    id: z.uuid(),
    categoryId: z.uuid().nullable(),
    name: translated,
    description: translated,
    synonyms: z.array(z.string()),
    source: z.enum(['own', 'starter', 'esco']),
    externalUri: z.string().nullable(),
    isArchived: z.boolean(),
  })
  .meta({ id: 'Skill' });

export const skillBody = z.object({
  categoryId: z.uuid().nullable().optional(),
  name: translatedInput(200),
  description: translatedOptional.optional(),
  synonyms: z.array(text(200)).max(50).optional(),
});
export const skillChanges = changesOf(skillBody).extend({ isArchived: z.boolean().optional() });

export const listSkillsQuery = z.object({
  q: z.string().max(200).optional(),
  categoryId: z.uuid().optional(),
  includeArchived: z.coerce.boolean().default(false),
});

export const scaleLevelSchema = z
  .object({ level: z.number().int(), label: translated, descriptor: translated })
  .meta({ id: 'ScaleLevel' });
export const scaleBody = z.object({
  levels: z
    .array(z.object({ label: translatedInput(100), descriptor: translatedInput(1000) }))
    .min(3)
    .max(9)
    .describe('Level 1 first; the number of entries is the top level'),
});

export const frameworkSchema = z
  .object({
    categories: z.array(categorySchema),
    skills: z.array(skillSchema),
    scale: z.array(scaleLevelSchema),
  })
  .meta({ id: 'SkillFramework' });

export const importBody = z.object({
  format: z.enum(['groeipad', 'esco']).describe('groeipad: our own CSV columns; esco: ESCO skills CSV'),
  language: z.enum(['nl', 'en']).default('nl').describe('For ESCO: the language of the file'),
  csv: z.string().min(1).max(5_000_000),
  dryRun: z.boolean().default(false),
});
export const importResultSchema = z
  .object({ created: z.number().int(), updated: z.number().int(), dryRun: z.boolean() })
  .meta({ id: 'SkillImportResult' });

// ---- job roles and career paths ----
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

// ---- ratings ----
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

export const skillImportProblemResponse = problemSchema
  .extend({
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          line: z.number().int().nullable().optional(),
          column: z.string().nullable().optional(),
          code: z.string().optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'SkillImportRejectedProblem' });
