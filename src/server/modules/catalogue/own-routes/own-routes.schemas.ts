import { z } from 'zod';

export const preferredFormats = [
  'article',
  'video',
  'audio',
  'document',
  'link',
  'quiz',
  'assignment',
  'course',
  'path',
] as const;
export type PreferredFormat = (typeof preferredFormats)[number];
export const stepKinds = ['content', 'course', 'path', 'link', 'book', 'conversation'] as const;
const catalogueKinds = ['content', 'course', 'path'];

export const ownRouteStepInput = z
  .object({
    kind: z.enum(stepKinds),
    refId: z
      .uuid()
      .nullable()
      .default(null)
      .describe('The catalogue item, course or path (those kinds only)'),
    title: z
      .string()
      .trim()
      .max(200)
      .default('')
      .describe('For a link, book or conversation; catalogue steps use the catalogue title'),
    note: z.string().max(1000).default(''),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable()
      .default(null),
    isDone: z.boolean().default(false),
  })
  .superRefine((step, context) => {
    const isCatalogue = catalogueKinds.includes(step.kind);
    if (isCatalogue && !step.refId)
      context.addIssue({
        code: 'custom',
        path: ['refId'],
        message: 'choose the learning from the catalogue',
      });
    if (!isCatalogue && !step.title)
      context.addIssue({ code: 'custom', path: ['title'], message: 'give the step a title' });
  });

export const ownRouteInput = z.object({
  title: z.string().trim().min(1).max(200),
  purpose: z.string().max(2000).default('').describe('What I want to get out of it'),
  planGoalId: z.uuid().nullable().default(null).describe('A goal of my own development plan'),
  steps: z.array(ownRouteStepInput).max(50).default([]),
});
export type OwnRouteInput = z.output<typeof ownRouteInput>;

export const visibilityInput = z.object({
  isShared: z.boolean().describe('My manager can see it and comment'),
  isPublished: z.boolean().describe('Colleagues can see it and copy it'),
});

const stepSchema = z.object({
  id: z.uuid(),
  kind: z.enum(stepKinds),
  refId: z.uuid().nullable(),
  title: z.string(),
  format: z.string().describe('The catalogue format, or the kind for outside resources'),
  durationMinutes: z.number().int().nullable(),
  note: z.string(),
  url: z.string().nullable(),
  isDone: z.boolean(),
});

export const ownRouteSchema = z
  .object({
    id: z.uuid(),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    purpose: z.string(),
    planGoal: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    isShared: z.boolean(),
    isPublished: z.boolean(),
    copiedFromId: z.uuid().nullable(),
    steps: z.array(stepSchema),
    doneCount: z.number().int(),
    comments: z.array(
      z.object({
        id: z.uuid(),
        author: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        body: z.string(),
        createdAt: z.iso.datetime(),
      }),
    ),
    may: z.object({ edit: z.boolean(), comment: z.boolean(), copy: z.boolean() }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OwnRoute' });

export const ownRouteSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    owner: z.object({ id: z.uuid(), name: z.string() }),
    stepCount: z.number().int(),
    doneCount: z.number().int(),
    isShared: z.boolean(),
    isPublished: z.boolean(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OwnRouteSummary' });

export const ownRoutesOverviewSchema = z.object({
  mine: z.array(ownRouteSummarySchema),
  fromTeam: z.array(ownRouteSummarySchema).describe('Routes my direct reports shared with me'),
  published: z.array(ownRouteSummarySchema).describe('Routes colleagues published to copy'),
  planGoals: z.array(z.object({ id: z.uuid(), title: z.string() })).describe('Goals of my current plan'),
  preferredFormat: z.enum(preferredFormats).nullable(),
});

export const preferencesInput = z.object({ preferredFormat: z.enum(preferredFormats).nullable() });
export const commentInput = z.object({ body: z.string().trim().min(1).max(2000) });
