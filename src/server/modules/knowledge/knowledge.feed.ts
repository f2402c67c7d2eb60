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
/** The two answers around a shared first page: the home block (an array) and the list (a page). */
export type FirstPageShape = 'block' | 'page';
type SharedPage = {
  posts: SharedPost[];
  hasMore: boolean;
  pageSize: number;
  /** Who sees this page differently from everyone else: its authors, and who reacted to or saved a post. */
  involved: Set<string>;
  /** The answers as everyone else sees them, written out once per copy (made on first use). */
  outsiders: Partial<Record<FirstPageShape, PreparedJson>>;
};

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
  const involved = new Set<string>();
  for (const post of posts.values()) {
    if (post.authorId !== null) involved.add(post.authorId);
    for (const person of post.reactionsBy.keys()) involved.add(person);
    for (const person of post.savedBy) involved.add(person);
  }
  return { posts: [...posts.values()], hasMore: rows.length > pageSize, pageSize, involved, outsiders: {} };
}

const noneOfMine = { myReactions: [], isSaved: false, isMine: false };

/** The page's posts as JSON for this reader (`readerId` null: someone not involved in any of them). */
function itemsFor(page: SharedPage, readerId: string | null) {
  const items = page.posts.map(({ json, authorId, reactionsBy, savedBy }) =>
    closeJson(
      json,
      readerId === null
        ? noneOfMine
        : {
            myReactions: reactionsBy.get(readerId) ?? [],
            isSaved: savedBy.has(readerId),
            isMine: authorId !== null && authorId === readerId,
          },
    ),
  );
  return `[${items.join(',')}]`;
}

function answer(page: SharedPage, readerId: string | null, shape: FirstPageShape) {
  const items = itemsFor(page, readerId);
  return new PreparedJson(
    shape === 'block'
      ? items
      : `{"items":${items},"page":1,"pageSize":${page.pageSize},"hasMore":${page.hasMore}}`,
  );
}

/**
 * A plain feed's first page as this reader sees it, as the home block (`block`: an array of posts) or the
 * list's page (`page`). Most readers wrote, reacted to and saved none of its posts: they all get the same
 * answer, written out and encoded once per copy, so their request builds no JSON at all. Those involved
 * get theirs built per request, as before.
 */
export async function sharedFirstPage(
  ctx: Ctx,
  readerId: string,
  filter: SharedFilter,
  pageSize: number,
  lookupsFor: LookupsFor,
  shape: FirstPageShape,
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
  if (shared.involved.has(readerId)) return answer(shared, readerId, shape);
  shared.outsiders[shape] ??= answer(shared, null, shape).bytes();
  return shared.outsiders[shape];
}
