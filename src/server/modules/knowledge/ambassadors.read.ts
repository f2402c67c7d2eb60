import type { z } from 'zod';
import { addDays } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { canEditCollection, canEditProfile, canSeeReach } from './ambassadors.policy.ts';
import {
  type AmbassadorRow,
  ambassadorRows,
  type CollectionRow,
  collectionOpens,
  collectionRows,
  entryRows,
  peopleReached,
  postReach,
  topicSpacesOpenedBy,
} from './ambassadors.repository.ts';
import type { ambassadorsQuery, collectionsQuery } from './ambassadors.schemas.ts';
import { canModerate } from './knowledge.policy.ts';
import { personOf, presentPost } from './knowledge.presenter.ts';
import { lookupsFor, postPage, skillNamesOf } from './knowledge.read.ts';
import { postRows } from './knowledge.repository.ts';

function presentAmbassador(row: AmbassadorRow, skillNames: Map<string, string>) {
  return {
    person: { id: row.id, name: displayName(row) },
    jobTitle: row.job_title,
    unitName: row.unit_name,
    headline: row.headline,
    helpsWith: row.helps_with,
    topics: row.skill_ids.flatMap((id) => (skillNames.has(id) ? [{ id, name: skillNames.get(id)! }] : [])),
    collections: row.collections,
    posts: row.posts,
  };
}

function presentCollection(row: CollectionRow) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    curator: personOf(row.curator_id, row, 'curator'),
    space: row.space_id ? { id: row.space_id, name: row.space_name ?? '' } : null,
    entries: row.entries,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The directory: everyone with the ambassador role, by topic or words. */
export async function listAmbassadors(ctx: Ctx, query: z.infer<typeof ambassadorsQuery>) {
  const rows = await ambassadorRows(ctx.db, query).limit(500).execute();
  const skillNames = await skillNamesOf(
    ctx,
    rows.flatMap((row) => row.skill_ids),
  );
  return rows.map((row) => presentAmbassador(row, skillNames));
}

/** An ambassador's profile: topics, what they help with, spaces, collections and recent posts. */
export async function ambassadorProfile(ctx: Ctx, personId: string) {
  const me = personIdOf(ctx.auth);
  const row = await ambassadorRows(ctx.db, { personId }).executeTakeFirst();
  if (!row) throw notFound('Ambassador');
  const [skillNames, spaces, collections, posts] = await Promise.all([
    skillNamesOf(ctx, row.skill_ids),
    topicSpacesOpenedBy(ctx.db, personId),
    collectionRows(ctx.db, { curatorId: personId }).execute(),
    postPage(ctx, { authorId: personId, withHidden: false }, 1, 5),
  ]);
  return {
    ...presentAmbassador(row, skillNames),
    spaces: spaces.map((space) => ({ id: space.id, name: space.name ?? '' })),
    collectionList: collections.map(presentCollection),
    recentPosts: posts.items,
    canEdit: canEditProfile(ctx.auth, me, personId),
    canSeeReach: canSeeReach(ctx.auth, me, personId),
  };
}

export async function listCollections(ctx: Ctx, query: z.infer<typeof collectionsQuery>) {
  return (await collectionRows(ctx.db, query).execute()).map(presentCollection);
}

type CollectionEntry = {
  kind: 'post' | 'item';
  id: string;
  note: string;
  post: ReturnType<typeof presentPost> | null;
  item: { id: string; kind: string; title: string; durationMinutes: number | null } | null;
};

/** A collection with its entries as this reader may see them: hidden posts only for moderators. */
export async function collectionView(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  const row = await collectionRows(ctx.db, { ids: [id] }).executeTakeFirst();
  if (!row) throw notFound('Collection');
  const entries = await entryRows(ctx.db, id);
  const postIds = entries.filter((entry) => entry.entry_kind === 'post').map((entry) => entry.entry_id);
  const itemIds = entries.filter((entry) => entry.entry_kind === 'item').map((entry) => entry.entry_id);
  const [posts, items] = await Promise.all([
    postIds.length
      ? postRows(ctx.db, me, { ids: postIds, withHidden: canModerate(ctx.auth) }).execute()
      : Promise.resolve([]),
    contentHeadlines(ctx.db, itemIds, ctx.locale),
  ]);
  const lookups = await lookupsFor(ctx, posts);
  const postsById = new Map(posts.map((post) => [post.id, presentPost(post, lookups)]));
  const mayEdit = canEditCollection(ctx.auth, me, row);
  return {
    ...presentCollection(row),
    // A post hidden or removed since, or an item no longer published, drops out of the list.
    items: entries.flatMap((entry): CollectionEntry[] => {
      if (entry.entry_kind === 'post') {
        const post = postsById.get(entry.entry_id);
        return post
          ? [{ kind: 'post' as const, id: entry.entry_id, note: entry.note, post, item: null }]
          : [];
      }
      const item = items.get(entry.entry_id);
      if (!item || (item.status !== 'published' && !mayEdit)) return [];
      return [
        {
          kind: 'item' as const,
          id: entry.entry_id,
          note: entry.note,
          post: null,
          item: { id: item.id, kind: item.kind, title: item.title, durationMinutes: item.durationMinutes },
        },
      ];
    }),
    canEdit: mayEdit,
  };
}

/** What an ambassador's sharing reached: opens in the period and colleagues who engaged. */
export async function ambassadorReach(ctx: Ctx, personId: string, days: number) {
  const me = personIdOf(ctx.auth);
  const row = await ambassadorRows(ctx.db, { personId }).executeTakeFirst();
  if (!row) throw notFound('Ambassador');
  if (!canSeeReach(ctx.auth, me, personId)) throw forbidden('Only the ambassador and L&D see reach.');
  const since = addDays(ctx.today(), -(days - 1));
  const [collections, posts, people] = await Promise.all([
    collectionOpens(ctx.db, personId, since),
    postReach(ctx.db, personId, since),
    peopleReached(ctx.db, personId),
  ]);
  const opens = [...collections, ...posts].reduce((sum, line) => sum + line.opens, 0);
  return { since, days, collections, posts, totals: { opens, people } };
}
