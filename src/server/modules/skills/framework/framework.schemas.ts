import { z } from 'zod';
import { changesOf, problemSchema } from '../../../http/common.schemas.ts';
import {
  categorySchema,
  skillSchema,
  text,
  translated,
  translatedInput,
  translatedOptional,
} from '../skills.schemas.ts';

export const categoryBody = z.object({ name: translatedInput(200) });

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
