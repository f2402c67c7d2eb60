import { z } from 'zod';

// API shapes the skills use cases share; each use case keeps its own inputs next to its routes.

export const text = (max: number) => z.string().trim().min(1).max(max);
export const translated = z.object({ nl: z.string(), en: z.string() });
export const translatedInput = (max: number) => z.object({ nl: text(max), en: text(max) });
export const translatedOptional = z.object({ nl: z.string().max(4000), en: z.string().max(4000) });

export const personRef = z.object({
  id: z.uuid(),
  displayName: z.string(),
  orgUnit: z.object({ id: z.uuid(), name: z.string() }).nullable().optional(),
});

export const categorySchema = z.object({ id: z.uuid(), name: translated }).meta({ id: 'SkillCategory' });
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
