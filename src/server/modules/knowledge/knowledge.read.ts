import type { z } from 'zod';
import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { fileHeadlines } from '../files/index.ts';
import { knowledgeReads } from './knowledge.cache.ts';
import { isSharedPage, sharedFirstPage } from './knowledge.feed.ts';
import { commentRows } from './knowledge.interactions.repository.ts';
import { canMarkBestAnswer, canModerate, canPostIn } from './knowledge.policy.ts';
import { type Lookups, personOf, presentPost, presentSpace } from './knowledge.presenter.ts';
import {
  ensureStandardSpaces,
  findSpace,
  type PostFilter,
  type PostRow,
  postRows,
  type SpaceRow,
  spaceRows,
  unitLineIds,
} from './knowledge.repository.ts';
import type { postsQuery } from './knowledge.schemas.ts';
import { openReportCount, openReports } from './moderation.repository.ts';

const localeOf = (ctx: Ctx) => (ctx.locale === 'en' ? 'en' : 'nl') as 'nl' | 'en';
// One collator per language, made once (`localeCompare` makes one per comparison).
const collators = { nl: new Intl.Collator('nl'), en: new Intl.Collator('en') };

export async function skillNamesOf(ctx: Ctx, ids: string[]) {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  if (!unique.length) return names;
  const found = await resolveReferences(
    ctx.db,
    unique.map((id) => ({ kind: 'skill' as const, id })),
    { auth: ctx.auth, locale: ctx.locale },
  );
  for (const id of unique) {
    const referenced = found.get(referenceKey({ kind: 'skill', id }));
    if (referenced) names.set(id, referenced.title);
  }
  return names;
}

/** The names of skills and titles of items the rows point at, looked up once for the page. */
export async function lookupsFor(ctx: Ctx, rows: PostRow[]): Promise<Lookups> {
  const skillIds: string[] = [];
  const contentIds: string[] = [];
  for (const row of rows)
    for (const tag of row.tags) {
      const [kind, id] = tag.split(':') as [string, string];
      if (kind === 'skill') skillIds.push(id);
      else if (kind === 'content') contentIds.push(id);
    }
  const [skillNames, headlines, files] = await Promise.all([
    skillNamesOf(ctx, skillIds),
    contentHeadlines(ctx.db, [...new Set(contentIds)], ctx.locale),
    fileHeadlines(
      ctx.db,
      rows.flatMap((row) => (row.file_id ? [row.file_id] : [])),
    ),
  ]);
  const fileNames = new Map([...files].map(([id, file]) => [id, file.name]));
  const itemTitles = new Map<string, string>();
  for (const [id, headline] of headlines) itemTitles.set(id, headline.title);
  return { locale: localeOf(ctx), readerId: personIdOf(ctx.auth), skillNames, itemTitles, fileNames };
}

/** Every space: the organisation's, one per unit, and the topic spaces; mine first. */
export async function listSpaces(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  // The spaces with their post counts are the organisation's (shared for seconds, forgotten on every
  // knowledge change); which are mine and where I may post is read for me.
  const [{ rows, skillNames }, line] = await Promise.all([
    knowledgeReads.get(ctx.organisationId, `spaces:${ctx.locale}`, async () => {
      await ensureStandardSpaces(ctx.db);
      const rows = await spaceRows(ctx.db).execute();
      const skillNames = await skillNamesOf(
        ctx,
        rows.flatMap((row) => (row.skill_id ? [row.skill_id] : [])),
      );
      return { rows, skillNames };
    }) as Promise<{ rows: SpaceRow[]; skillNames: Map<string, string> }>,
    unitLineIds(ctx.db, me),
  ]);
  const rank = (row: SpaceRow) =>
    row.kind === 'organisation'
      ? 0
      : row.kind === 'unit' && row.org_unit_id && line.has(row.org_unit_id)
        ? 1
        : row.kind === 'topic'
          ? 2
          : 3;
  const spaces = rows.map((row) => ({
    rank: rank(row),
    view: presentSpace(row, { locale: localeOf(ctx), skillNames, canPost: canPostIn(ctx.auth, row, line) }),
  }));
  spaces.sort((a, b) => a.rank - b.rank || collators[localeOf(ctx)].compare(a.view.name, b.view.name));
  return spaces.map((space) => space.view);
}

export async function spaceView(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  const row = await findSpace(ctx.db, id);
  if (!row) throw notFound('Space');
  const line = await unitLineIds(ctx.db, me);
  const skillNames = await skillNamesOf(ctx, row.skill_id ? [row.skill_id] : []);
  return presentSpace(row, { locale: localeOf(ctx), skillNames, canPost: canPostIn(ctx.auth, row, line) });
}

/** A page of posts, newest first; hidden posts only for moderators. */
export async function listPosts(ctx: Ctx, query: z.infer<typeof postsQuery>) {
  const me = personIdOf(ctx.auth);
  const filter: PostFilter = {
    spaceId: query.spaceId,
    kind: query.kind,
    q: query.q,
    skillId: query.skillId,
    item: query.itemId ? { id: query.itemId, kind: query.itemKind } : undefined,
    authorId: query.authorId,
    savedBy: query.saved === 'true' ? me : undefined,
    withHidden: canModerate(ctx.auth),
  };
  if (isSharedPage(filter, query.page, query.pageSize))
    return sharedFirstPage(ctx, me, filter, query.pageSize, lookupsFor, 'page');
  return postPage(ctx, filter, query.page, query.pageSize);
}

export async function postPage(ctx: Ctx, filter: PostFilter, page: number, pageSize: number) {
  const rows = await postRows(ctx.db, personIdOf(ctx.auth), filter, {
    limit: pageSize + 1,
    offset: (page - 1) * pageSize,
  }).execute();
  const shown = rows.slice(0, pageSize);
  const lookups = await lookupsFor(ctx, shown);
  return {
    items: shown.map((row) => presentPost(row, lookups)),
    page,
    pageSize,
    hasMore: rows.length > pageSize,
  };
}

/** The post's row as this reader may see it: a hidden post is not found for anyone but moderators. */
export async function visiblePostRow(ctx: Ctx, id: string) {
  const row = await postRows(ctx.db, personIdOf(ctx.auth), {
    ids: [id],
    withHidden: canModerate(ctx.auth),
  }).executeTakeFirst();
  if (!row) throw notFound('Post');
  return row;
}

/** One post with its comments (answers) and the best answer marked. */
export async function postView(ctx: Ctx, id: string) {
  const me = personIdOf(ctx.auth);
  const row = await visiblePostRow(ctx, id);
  const moderator = canModerate(ctx.auth);
  const [lookups, comments, reports] = await Promise.all([
    lookupsFor(ctx, [row]),
    commentRows(ctx.db, id),
    moderator ? openReportCount(ctx.db, id) : Promise.resolve(0),
  ]);
  return {
    ...presentPost(row, lookups),
    comments: comments.map((comment) => ({
      id: comment.id,
      author: personOf(comment.author_id, comment, 'author'),
      bodyHtml: comment.body_html,
      isBestAnswer: comment.id === row.best_comment_id,
      createdAt: comment.created_at.toISOString(),
    })),
    bestCommentId: row.best_comment_id,
    canModerate: moderator,
    canMarkBestAnswer: canMarkBestAnswer(me, row),
    reports,
  };
}

/** Open reports for moderators. */
export async function listReports(ctx: Ctx) {
  assertCan(ctx.auth, 'knowledge.moderate');
  const rows = await openReports(ctx.db);
  return rows.map((row) => ({
    id: row.id,
    post: { id: row.post_id, title: row.title, isHidden: row.hidden_at !== null },
    reporter: personOf(row.reporter_id, row, 'author'),
    reason: row.reason,
    createdAt: row.created_at.toISOString(),
  }));
}

/** The home page's block: the newest posts of the organisation and my units' spaces. */
export async function homeFeed(ctx: Ctx) {
  return sharedFirstPage(ctx, personIdOf(ctx.auth), { withHidden: false }, 5, lookupsFor, 'block');
}
