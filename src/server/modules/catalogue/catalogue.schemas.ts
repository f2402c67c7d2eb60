import { z } from 'zod';
import { locale, pageQuery } from '../../http/common.schemas.ts';

export const contentKinds = [
  'article',
  'video',
  'audio',
  'document',
  'link',
  'quiz',
  'assignment',
  'scorm',
  'event',
  'cmi5',
  'lti',
] as const;
export const publicationStatuses = ['draft', 'published', 'archived'] as const;
export const subjectKinds = ['content', 'course', 'path'] as const;
/** A content item, course or path. */
export const subjectRef = z.object({ type: z.enum(subjectKinds), id: z.uuid() });
export const coverSchema = z
  .object({ url: z.string(), alt: z.string().describe('What the image shows, for people who cannot see it') })
  .meta({ id: 'Cover' });

const topics = z.array(z.string().trim().min(1).max(60)).max(20).default([]);

export const servesKinds = ['skill', 'value', 'competency', 'goal'] as const;
/** What the learning helps with: skills of the framework, core values/competencies, organisation goals. */
export const servesInput = z
  .array(z.object({ kind: z.enum(servesKinds), id: z.uuid() }))
  .max(30)
  .default([])
  .describe('Skills, core values, core competencies and organisation goals this learning serves');
export const servesSchema = z.array(
  z.object({ kind: z.enum(servesKinds), id: z.uuid(), name: z.string() }).meta({ id: 'LearningServes' }),
);

export const questionSchema = z
  .object({
    id: z.string().min(1).max(40),
    kind: z.enum(['single', 'multiple', 'true_false', 'short']),
    prompt: z.string().trim().min(1).max(1000),
    options: z
      .array(
        z.object({
          id: z.string().min(1).max(40),
          text: z.string().trim().min(1).max(500),
          isCorrect: z.boolean(),
          feedback: z.string().max(1000).optional(),
        }),
      )
      .max(10)
      .default([]),
    acceptedAnswers: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    feedbackCorrect: z.string().max(1000).optional(),
    feedbackIncorrect: z.string().max(1000).optional(),
  })
  .meta({ id: 'QuizQuestion' });
export type Question = z.infer<typeof questionSchema>;

export const contentVersionInput = z.object({
  language: locale,
  title: z.string().trim().min(1).max(200),
  summary: z.string().max(2000).default(''),
  bodyHtml: z.string().max(200_000).default('').describe('Articles and assignments; sanitised on the server'),
  fileId: z.uuid().nullable().default(null).describe('Video, audio or PDF uploaded through /files'),
  captionsFileId: z.uuid().nullable().default(null).describe('WebVTT captions for a video'),
  externalUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  questions: z.array(questionSchema).max(100).default([]),
});

export const contentInput = z.object({
  kind: z.enum(contentKinds),
  durationMinutes: z.number().int().min(1).max(1000).nullable().default(null),
  passMark: z.number().int().min(0).max(100).nullable().default(null).describe('Quiz: percent needed'),
  shuffleQuestions: z.boolean().default(false),
  maxAttempts: z.number().int().min(1).max(100).nullable().default(null),
  versions: z.array(contentVersionInput).min(1).max(2),
  topics,
  serves: servesInput,
  isSubstantial: z
    .boolean()
    .default(false)
    .describe('Substantial learning: enrolling asks the learner for a learning agreement'),
});
export type ContentInput = z.infer<typeof contentInput>;

export const contentVersionSchema = contentVersionInput.extend({ questions: z.array(questionSchema) });

export const contentItemSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(contentKinds),
    status: z.enum(publicationStatuses),
    durationMinutes: z.number().int().nullable(),
    passMark: z.number().int().nullable(),
    shuffleQuestions: z.boolean(),
    maxAttempts: z.number().int().nullable(),
    ownerId: z.uuid().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    versions: z.array(contentVersionSchema),
    topics: z.array(z.string()),
    serves: servesSchema,
    isSubstantial: z.boolean(),
    cover: coverSchema.nullable(),
    notices: z
      .array(z.string())
      .optional()
      .describe('What the server changed, e.g. unsafe HTML removed from an article'),
  })
  .meta({ id: 'ContentItem' });

export const statusBody = z.object({ status: z.enum(publicationStatuses) });

export const listItemsQuery = z.object({
  ...pageQuery,
  status: z.enum(publicationStatuses).optional(),
  kind: z.enum(contentKinds).optional(),
});

export const contentSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(contentKinds),
    status: z.enum(publicationStatuses),
    title: z.string(),
    languages: z.array(locale),
    durationMinutes: z.number().int().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ContentSummary' });
