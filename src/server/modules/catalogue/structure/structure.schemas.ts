import { z } from 'zod';
import { locale } from '../../../http/common.schemas.ts';
import {
  contentKinds,
  coverSchema,
  publicationStatuses,
  servesInput,
  servesSchema,
} from '../catalogue.schemas.ts';

const topics = z.array(z.string().trim().min(1).max(60)).max(20).default([]);

export const courseInput = z.object({
  language: locale,
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(2000).default(''),
  sections: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(200),
        contentIds: z.array(z.uuid()).min(1).max(50),
      }),
    )
    .min(1)
    .max(30),
  prerequisiteIds: z.array(z.uuid()).max(10).default([]),
  topics,
  serves: servesInput,
  isSubstantial: z
    .boolean()
    .default(false)
    .describe('Substantial learning: enrolling asks the learner for a learning agreement'),
});
export type CourseInput = z.infer<typeof courseInput>;

const moduleSchema = z.object({
  contentId: z.uuid(),
  kind: z.enum(contentKinds),
  title: z.string(),
  durationMinutes: z.number().int().nullable(),
  status: z.enum(publicationStatuses),
});

export const courseSchema = z
  .object({
    id: z.uuid(),
    language: locale,
    title: z.string(),
    summary: z.string(),
    status: z.enum(publicationStatuses),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    sections: z.array(z.object({ id: z.uuid(), title: z.string(), modules: z.array(moduleSchema) })),
    prerequisites: z.array(z.object({ id: z.uuid(), title: z.string() })),
    topics: z.array(z.string()),
    serves: servesSchema,
    isSubstantial: z.boolean(),
    cover: coverSchema.nullable(),
  })
  .meta({ id: 'Course' });

export const pathInput = z.object({
  language: locale,
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(2000).default(''),
  isOrdered: z.boolean().default(true),
  steps: z
    .array(
      z.object({
        kind: z.enum(['course', 'content']),
        id: z.uuid(),
        dueDays: z.number().int().min(1).max(3650).nullable().default(null).describe('Days after enrolment'),
      }),
    )
    .min(1)
    .max(50),
  topics,
  serves: servesInput,
  isSubstantial: z
    .boolean()
    .default(false)
    .describe('Substantial learning: enrolling asks the learner for a learning agreement'),
});
export type PathInput = z.infer<typeof pathInput>;

export const pathSchema = z
  .object({
    id: z.uuid(),
    language: locale,
    title: z.string(),
    summary: z.string(),
    status: z.enum(publicationStatuses),
    isOrdered: z.boolean(),
    copiedFromId: z.uuid().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    steps: z.array(
      z.object({
        kind: z.enum(['course', 'content']),
        id: z.uuid(),
        title: z.string(),
        format: z.string(),
        durationMinutes: z.number().int().nullable(),
        dueDays: z.number().int().nullable(),
      }),
    ),
    topics: z.array(z.string()),
    serves: servesSchema,
    isSubstantial: z.boolean(),
    cover: coverSchema.nullable(),
  })
  .meta({ id: 'LearningPath' });

export const structureSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    language: locale,
    status: z.enum(publicationStatuses),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'StructureSummary' });
