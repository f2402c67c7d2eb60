import type { Ctx } from '../../core/context.ts';
import { closeJson, openJson, PreparedJson } from '../../http/prepared-json.ts';
import { knowledgeReads } from './knowledge.cache.ts';
import { interactionsOn } from './knowledge.interactions.repository.ts';
import { type Lookups, presentPost } from './knowledge.presenter.ts';
import { type PostFilter, type PostRow, postRows } from './knowledge.repository.ts';
import { postSummarySchema } from './knowledge.schemas.ts';

// The newest page of a feed (the organisation's, a space's, a kind's) is the same for everyone who may
// see the same posts: moderators (hidden posts too) and everyone else are two different copies. It is
// loaded once with who reacted how and who saved each post, so each reader's own bits ("I reacted",
// "I saved", "mine") are filled in from memory. Only the first page of these plain lists is shared;
// searches, tags, authors and "saved" are personal or rare and read fresh.

type Reaction = 'like' | 'thanks' | 'insightful';
type SharedPost = {
  /** The post as shown (checked against the schema), as JSON without the reader's bits and closing brace. */
  json: string;
  authorId: string | null;
  reactionsBy: Map<string, Reaction[]>;
  savedBy: Set<string>;
};
type SharedPage = { posts: SharedPost[]; hasMore: boolean };

/** The filters whose first page is shared (every other filter is read fresh). */
export type SharedFilter = { spaceId?: string; kind?: string; withHidden: boolean };

/** The page sizes whose first page is shared: the home block's and the list's default (few copies). */
const sharedPageSizes = new Set([5, 20]);

export const isSharedPage = (
  filter: PostFilter,
  page: number,
  pageSize: number,
): filter is PostFilter & SharedFilter =>
  page === 1 &&
  sharedPageSizes.has(pageSize) &&
  !filter.ids &&
  !filter.q &&
  !filter.skillId &&
  !filter.item &&
  !filter.authorId &&
  !filter.authorIds &&
  !filter.savedBy &&
  !filter.since;

/** knowledge.read.ts's `lookupsFor` (handed in: that file reads through this one). */
type LookupsFor = (ctx: Ctx, rows: PostRow[]) => Promise<Lookups>;

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
    shown.map((row) => {
      // Checked (and stripped to the schema) once here, as the response serializer would per request.
      const { myReactions, isSaved, isMine, ...shared } = postSummarySchema.parse(
        presentPost(row, { ...lookups, readerId: '' }),
      );
      return [
        row.id,
        { json: openJson(shared), authorId: row.author_id, reactionsBy: new Map(), savedBy: new Set() },
      ];
    }),
  );
  for (const { post_id, person_id, reaction } of interactions.reactions) {
    const reactionsBy = posts.get(post_id)?.reactionsBy;
    reactionsBy?.set(person_id, [...(reactionsBy.get(person_id) ?? []), reaction]);
  }
  for (const { post_id, person_id } of interactions.saves) posts.get(post_id)?.savedBy.add(person_id);
  return { posts: [...posts.values()], hasMore: rows.length > pageSize };
}

/** The posts of a plain feed's first page as this reader sees them (JSON), and whether more follow. */
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
  const items = shared.posts.map(({ json, authorId, reactionsBy, savedBy }) =>
    closeJson(json, {
      myReactions: reactionsBy.get(readerId) ?? [],
      isSaved: savedBy.has(readerId),
      isMine: authorId !== null && authorId === readerId,
    }),
  );
  return { items: `[${items.join(',')}]`, hasMore: shared.hasMore };
}

/** A page answer (`postPageSchema`) around the shared first page. */
export const firstPageJson = (page: { items: string; hasMore: boolean }, pageSize: number) =>
  new PreparedJson(`{"items":${page.items},"page":1,"pageSize":${pageSize},"hasMore":${page.hasMore}}`);

/** The home block's answer (an array of `postSummarySchema`). */
export const feedJson = (page: { items: string }) => new PreparedJson(page.items);
