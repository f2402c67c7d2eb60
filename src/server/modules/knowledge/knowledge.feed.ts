import type { Ctx } from '../../core/context.ts';
import { knowledgeReads } from './knowledge.cache.ts';
import { interactionsOn } from './knowledge.interactions.repository.ts';
import { type Lookups, presentPost } from './knowledge.presenter.ts';
import { type PostFilter, type PostRow, postRows } from './knowledge.repository.ts';

// The newest page of a feed (the organisation's, a space's, a kind's) is the same for everyone who may
// see the same posts: moderators (hidden posts too) and everyone else are two different answers. It is
// loaded once with who reacted how and who saved each post, so each reader's own bits ("I reacted",
// "I saved", "mine") are filled in from memory. Only the first page of these plain lists is shared;
// searches, tags, authors and "saved" are personal or rare and read fresh.

type Reaction = 'like' | 'thanks' | 'insightful';
type SharedPost = {
  /** The post as shown, without the reader's own bits. */
  view: ReturnType<typeof presentPost>;
  authorId: string | null;
  reactionsBy: Map<string, Reaction[]>;
  savedBy: Set<string>;
};
type SharedPage = { posts: SharedPost[]; hasMore: boolean };

/** The filters whose first page is shared (every other filter is read fresh). */
export type SharedFilter = { spaceId?: string; kind?: string; withHidden: boolean };

export const isSharedPage = (filter: PostFilter, page: number): filter is PostFilter & SharedFilter =>
  page === 1 &&
  !filter.ids &&
  !filter.q &&
  !filter.skillId &&
  !filter.item &&
  !filter.authorId &&
  !filter.authorIds &&
  !filter.savedBy &&
  !filter.since;

async function loadPage(
  ctx: Ctx,
  filter: SharedFilter,
  pageSize: number,
  lookupsFor: LookupsFor,
): Promise<SharedPage> {
  const rows = await postRows(ctx.db, null, filter, { limit: pageSize + 1, offset: 0 }).execute();
  const shown = rows.slice(0, pageSize);
  const [lookups, interactions] = await Promise.all([
    lookupsFor(ctx, shown),
    interactionsOn(
      ctx.db,
      shown.map((row) => row.id),
    ),
  ]);
  const posts = new Map<string, SharedPost>(
    shown.map((row) => [
      row.id,
      {
        view: presentPost(row, { ...lookups, readerId: '' }),
        authorId: row.author_id,
        reactionsBy: new Map(),
        savedBy: new Set(),
      },
    ]),
  );
  for (const { post_id, person_id, reaction } of interactions.reactions) {
    const reactionsBy = posts.get(post_id)?.reactionsBy;
    reactionsBy?.set(person_id, [...(reactionsBy.get(person_id) ?? []), reaction]);
  }
  for (const { post_id, person_id } of interactions.saves) posts.get(post_id)?.savedBy.add(person_id);
  return { posts: [...posts.values()], hasMore: rows.length > pageSize };
}

/** knowledge.read.ts's `lookupsFor` (handed in: that file reads through this one). */
type LookupsFor = (ctx: Ctx, rows: PostRow[]) => Promise<Lookups>;

/** The first page of a plain feed as this reader sees it, from the organisation's shared copy. */
export async function sharedFirstPage(
  ctx: Ctx,
  readerId: string,
  filter: SharedFilter,
  pageSize: number,
  lookupsFor: LookupsFor,
) {
  const key = `feed:${filter.withHidden ? 'moderator' : 'reader'}:${filter.spaceId ?? ''}:${filter.kind ?? ''}:${pageSize}:${ctx.locale}`;
  const shared = (await knowledgeReads.get(ctx.organisationId, key, () =>
    loadPage(
      ctx,
      { spaceId: filter.spaceId, kind: filter.kind, withHidden: filter.withHidden },
      pageSize,
      lookupsFor,
    ),
  )) as SharedPage;
  return {
    items: shared.posts.map(({ view, authorId, reactionsBy, savedBy }) => ({
      ...view,
      myReactions: reactionsBy.get(readerId) ?? [],
      isSaved: savedBy.has(readerId),
      isMine: authorId !== null && authorId === readerId,
    })),
    page: 1,
    pageSize,
    hasMore: shared.hasMore,
  };
}
