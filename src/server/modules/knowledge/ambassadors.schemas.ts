import { z } from 'zod';
import { postSummarySchema } from './knowledge.schemas.ts';

// Ambassadors: profile, directory, collections and reach (issue 16, step 3).

const named = z.object({ id: z.uuid(), name: z.string() });
const curator = named.nullable().describe('null: anonymised');

export const ambassadorSummarySchema = z
  .object({
    person: named,
    jobTitle: z.string().nullable(),
    unitName: z.string().nullable(),
    headline: z.string(),
    helpsWith: z.string(),
    topics: z.array(named).describe('Skills the ambassador is an ambassador for'),
    collections: z.number().int(),
    posts: z.number().int().describe('Visible posts they shared'),
  })
  .meta({ id: 'AmbassadorSummary' });

export const ambassadorsQuery = z.object({
  skillId: z.uuid().optional().describe('Only ambassadors for this skill'),
  q: z.string().trim().min(1).max(100).optional().describe('A name, headline or what they help with'),
});

export const collectionSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    curator,
    space: named.nullable().describe('The topic space the collection belongs to'),
    entries: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeCollectionSummary' });

export const ambassadorProfileSchema = ambassadorSummarySchema
  .extend({
    spaces: z.array(named).describe('Topic spaces they opened'),
    collectionList: z.array(collectionSummarySchema),
    recentPosts: z.array(postSummarySchema),
    canEdit: z.boolean(),
    canSeeReach: z.boolean(),
  })
  .meta({ id: 'AmbassadorProfile' });

export const ambassadorBody = z.object({
  headline: z.string().trim().max(160).default(''),
  helpsWith: z.string().trim().max(1000).default('').describe('What they help colleagues with'),
  skillIds: z.array(z.uuid()).max(20).default([]).describe('The topics: skills of the framework'),
});

export const entryKind = z.enum(['post', 'item']);
const entryInput = z.object({
  kind: entryKind,
  id: z.uuid().describe('A knowledge post, or a published catalogue item'),
  note: z.string().trim().max(300).default('').describe('Why it is in the collection'),
});

export const collectionBody = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000).default(''),
  spaceId: z.uuid().nullable().default(null).describe('A topic space to show the collection in'),
  entries: z.array(entryInput).max(50).default([]),
});

export const collectionsQuery = z.object({
  curatorId: z.uuid().optional(),
  spaceId: z.uuid().optional(),
});

export const collectionSchema = collectionSummarySchema
  .extend({
    items: z.array(
      z.object({
        kind: entryKind,
        id: z.uuid(),
        note: z.string(),
        post: postSummarySchema.nullable().describe('For a post'),
        item: z
          .object({
            id: z.uuid(),
            kind: z.string(),
            title: z.string(),
            durationMinutes: z.number().nullable(),
          })
          .nullable()
          .describe('For a catalogue item'),
      }),
    ),
    canEdit: z.boolean(),
  })
  .meta({ id: 'KnowledgeCollection' });

const reachLine = z.object({
  id: z.uuid(),
  title: z.string(),
  opens: z.number().int().describe('Times opened by others in the period (a count; who is never kept)'),
});

export const reachSchema = z
  .object({
    since: z.iso.date(),
    days: z.number().int(),
    collections: z.array(reachLine),
    posts: z.array(
      reachLine.extend({
        people: z
          .number()
          .int()
          .describe(
            'Different colleagues who reacted, saved or answered (all time; from those actions themselves)',
          ),
      }),
    ),
    totals: z.object({
      opens: z.number().int(),
      people: z
        .number()
        .int()
        .describe('Different colleagues who reacted to, saved or answered any of their posts'),
    }),
  })
  .meta({ id: 'AmbassadorReach' });

export const reachQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(90),
});
