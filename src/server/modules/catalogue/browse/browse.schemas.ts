import { z } from 'zod';
import { locale, pageQuery } from '../../../http/common.schemas.ts';
import { contentKinds, coverSchema } from '../catalogue.schemas.ts';

export const entryFormats = [...contentKinds, 'course', 'path'] as const;

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item),
  );

export const browseQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(200).optional(),
  format: list(z.enum(entryFormats)).optional().describe('Comma-separated formats, e.g. audio,video'),
  maxMinutes: z.coerce.number().int().min(1).max(1000).optional(),
  language: locale.optional(),
  topic: z.string().trim().min(1).max(60).optional(),
  skillId: z.uuid().optional().describe('Only learning that serves this skill'),
  isNew: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('Only what was published in the last 30 days'),
  sort: z.enum(['relevance', 'newest', 'title', 'shortest']).default('relevance'),
});
export type BrowseQuery = z.infer<typeof browseQuery>;

export const catalogueEntrySchema = z
  .object({
    type: z.enum(['content', 'course', 'path']),
    id: z.uuid(),
    format: z.enum(entryFormats),
    title: z.string(),
    summary: z.string(),
    language: locale,
    durationMinutes: z.number().int().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    isNew: z.boolean(),
    topics: z.array(z.string()),
    enrolment: z
      .object({ status: z.enum(['enrolled', 'completed']), dueDate: z.iso.date().nullable() })
      .nullable(),
    averageStars: z.number().nullable(),
    cover: coverSchema.nullable(),
  })
  .meta({ id: 'CatalogueEntry' });
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const topicCountSchema = z
  .object({ label: z.string(), count: z.number().int() })
  .meta({ id: 'TopicCount' });
