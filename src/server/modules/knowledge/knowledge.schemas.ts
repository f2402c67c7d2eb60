import { z } from 'zod';
import { locale, pageQuery } from '../../http/common.schemas.ts';

export const postKind = z.enum(['tip', 'question', 'resource', 'learned']);
export const reactionKind = z.enum(['like', 'thanks', 'insightful']);
export const learningKind = z.enum(['content', 'course', 'path']);

const person = z.object({ id: z.uuid(), name: z.string() }).nullable().describe('null: anonymised');
const learningRef = z.object({ kind: learningKind, id: z.uuid() });

export const spaceSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['organisation', 'unit', 'topic']),
    name: z.string().describe('The unit name for a unit space; the organisation space has a fixed name'),
    description: z.string().nullable(),
    orgUnitId: z.uuid().nullable(),
    skill: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    posts: z.number().int().describe('Visible posts in the space'),
    canPost: z.boolean(),
  })
  .meta({ id: 'KnowledgeSpace' });

export const createSpaceBody = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).optional(),
  skillId: z.uuid().optional().describe('A topic space around a skill'),
});

export const createPostBody = z.object({
  spaceId: z.uuid(),
  kind: postKind,
  title: z.string().trim().min(1).max(200),
  bodyHtml: z.string().max(50_000).default('').describe('Rich text; sanitised on the server'),
  language: locale.optional().describe('The language of the text (for search); default: mine'),
  linkUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional()
    .describe('A resource: a link (http/https)'),
  fileId: z.uuid().optional().describe('A resource: a file uploaded with POST /knowledge/files'),
  learned: learningRef.optional().describe('"Wat ik geleerd heb": the learning I finished'),
  appliedText: z.string().trim().min(1).max(2000).optional().describe('How I applied it'),
  skillIds: z.array(z.uuid()).max(10).default([]),
  itemIds: z.array(z.uuid()).max(10).default([]).describe('Catalogue items (content) the post is about'),
  mentionIds: z.array(z.uuid()).max(20).default([]).describe('People @mentioned: they are notified'),
});
export type CreatePostInput = z.infer<typeof createPostBody>;

export const commentBody = z.object({
  bodyHtml: z.string().min(1).max(20_000),
  mentionIds: z.array(z.uuid()).max(20).default([]),
});
export const bestAnswerBody = z.object({
  commentId: z.uuid().nullable().describe('null: no best answer (any more)'),
});
export const reactBody = z.object({ reaction: reactionKind, isOn: z.boolean() });
export const saveBody = z.object({ isSaved: z.boolean() });
export const reportBody = z.object({ reason: z.string().trim().min(1).max(500) });
export const moderateBody = z.object({ reason: z.string().trim().min(1).max(500) });

export const postsQuery = z.object({
  spaceId: z.uuid().optional(),
  kind: postKind.optional(),
  q: z.string().trim().min(1).max(200).optional().describe('Full text (nl and en)'),
  skillId: z.uuid().optional(),
  itemKind: learningKind.optional(),
  itemId: z.uuid().optional().describe('Posts tagged with (or learned from) this learning item'),
  authorId: z.uuid().optional(),
  saved: z.enum(['true', 'false']).optional().describe('Only the posts I saved'),
  ...pageQuery,
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

const reactionsCount = z.object({
  like: z.number().int(),
  thanks: z.number().int(),
  insightful: z.number().int(),
});

export const postSummarySchema = z
  .object({
    id: z.uuid(),
    space: z.object({ id: z.uuid(), kind: z.string(), name: z.string() }),
    kind: postKind,
    language: locale,
    title: z.string(),
    bodyHtml: z.string(),
    author: person,
    linkUrl: z.string().nullable(),
    file: z.object({ id: z.uuid(), name: z.string(), url: z.string() }).nullable(),
    learned: learningRef.extend({ title: z.string() }).nullable(),
    appliedText: z.string().nullable(),
    skills: z.array(z.object({ id: z.uuid(), name: z.string() })),
    items: z.array(learningRef.extend({ title: z.string() })),
    reactions: reactionsCount,
    myReactions: z.array(reactionKind),
    comments: z.number().int(),
    hasBestAnswer: z.boolean(),
    isSaved: z.boolean(),
    isMine: z.boolean(),
    hidden: z
      .object({ at: z.iso.datetime(), reason: z.string(), by: person })
      .nullable()
      .describe('Only moderators ever see a hidden post'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgePostSummary' });

export const commentSchema = z
  .object({
    id: z.uuid(),
    author: person,
    bodyHtml: z.string(),
    isBestAnswer: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeComment' });

export const postSchema = postSummarySchema
  .extend({
    comments: z.array(commentSchema),
    bestCommentId: z.uuid().nullable(),
    canModerate: z.boolean(),
    canMarkBestAnswer: z.boolean(),
    reports: z.number().int().describe('Open reports (moderators only, else 0)'),
  })
  .meta({ id: 'KnowledgePost' });

export const postPageSchema = z
  .object({
    items: z.array(postSummarySchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    hasMore: z.boolean(),
  })
  .meta({ id: 'KnowledgePostPage' });

export const postWrittenSchema = z
  .object({ post: postSchema, wasSanitised: z.boolean().describe('Something unsafe was removed') })
  .meta({ id: 'KnowledgePostWritten' });

export const reportSchema = z
  .object({
    id: z.uuid(),
    post: z.object({ id: z.uuid(), title: z.string(), isHidden: z.boolean() }),
    reporter: person,
    reason: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeReport' });

export const uploadedFileSchema = z
  .object({ id: z.uuid(), name: z.string(), contentType: z.string(), sizeBytes: z.number().int() })
  .meta({ id: 'KnowledgeFile' });

// Team moment
export const teamMomentQuestionBody = z.object({
  question: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('Default: "share one thing you learned this week"'),
});
export const teamMomentAnswerBody = z.object({ answer: z.string().trim().min(1).max(500) });

const questionSchema = z.object({
  id: z.uuid(),
  question: z.string(),
  askedBy: person,
  createdAt: z.iso.datetime(),
  answers: z.array(z.object({ person, answer: z.string(), answeredAt: z.iso.datetime() })),
  myAnswer: z.string().nullable(),
});
export const teamMomentQuestionSchema = questionSchema.meta({ id: 'TeamMomentQuestion' });

export const teamMomentSchema = z
  .object({
    since: z.iso.datetime(),
    team: z.array(z.object({ id: z.uuid(), name: z.string() })),
    completions: z.array(
      z.object({
        person: z.object({ id: z.uuid(), name: z.string() }),
        kind: learningKind,
        id: z.uuid(),
        title: z.string(),
        completedAt: z.iso.datetime(),
      }),
    ),
    reflections: z.array(
      z.object({
        person: z.object({ id: z.uuid(), name: z.string() }),
        goal: z.string(),
        text: z.string(),
        createdAt: z.iso.datetime(),
      }),
    ),
    posts: z.array(postSummarySchema),
    questions: z.array(teamMomentQuestionSchema),
  })
  .meta({ id: 'TeamMoment' });
