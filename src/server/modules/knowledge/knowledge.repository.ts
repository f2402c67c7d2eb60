import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of the knowledge space, on the organisation-scoped database.

// ---- spaces

/** The organisation space and one space per unit exist once asked for (idempotent). */
export async function ensureStandardSpaces(tenant: TenantDb) {
  await sql`INSERT INTO knowledge_spaces (organisation_id, kind)
    SELECT ${tenant.organisationId}, 'organisation'
    WHERE NOT EXISTS (SELECT 1 FROM knowledge_spaces WHERE organisation_id = ${tenant.organisationId} AND kind = 'organisation')
    ON CONFLICT DO NOTHING`.execute(tenant.executor);
  await sql`INSERT INTO knowledge_spaces (organisation_id, kind, org_unit_id)
    SELECT u.organisation_id, 'unit', u.id FROM org_units u
    WHERE u.organisation_id = ${tenant.organisationId}
      AND NOT EXISTS (SELECT 1 FROM knowledge_spaces s WHERE s.organisation_id = u.organisation_id AND s.org_unit_id = u.id)
    ON CONFLICT DO NOTHING`.execute(tenant.executor);
}

export function spaceRows(tenant: TenantDb) {
  return tenant
    .selectFrom('knowledge_spaces')
    .leftJoin('org_units as u', (join) =>
      join
        .onRef('u.organisation_id', '=', 'knowledge_spaces.organisation_id')
        .onRef('u.id', '=', 'knowledge_spaces.org_unit_id'),
    )
    .select([
      'knowledge_spaces.id',
      'knowledge_spaces.kind',
      'knowledge_spaces.name',
      'knowledge_spaces.description',
      'knowledge_spaces.org_unit_id',
      'knowledge_spaces.skill_id',
      'u.name as unit_name',
      sql<number>`(SELECT count(*)::int FROM knowledge_posts p WHERE p.organisation_id = knowledge_spaces.organisation_id
        AND p.space_id = knowledge_spaces.id AND p.hidden_at IS NULL)`.as('posts'),
    ]);
}
export type SpaceRow = Awaited<ReturnType<ReturnType<typeof spaceRows>['execute']>>[number];

export const findSpace = (tenant: TenantDb, id: string) =>
  spaceRows(tenant).where('knowledge_spaces.id', '=', id).executeTakeFirst();

export const insertSpace = (
  tenant: TenantDb,
  row: { name: string; description: string | null; skill_id: string | null; created_by: string | null },
) =>
  tenant
    .insertInto('knowledge_spaces', { ...row, kind: 'topic' as const })
    .returning('id')
    .executeTakeFirstOrThrow();

// ---- posts

export type PostFilter = {
  ids?: string[];
  spaceId?: string;
  kind?: string;
  q?: string;
  skillId?: string;
  item?: { kind?: string; id: string };
  authorId?: string;
  savedBy?: string;
  authorIds?: string[];
  since?: Date;
  /** Moderators also see hidden posts. */
  withHidden: boolean;
};

/** The posts a filter chooses, newest first: with a LIMIT the page is picked on the index before anything is joined. */
function chosenPosts(tenant: TenantDb, readerId: string | null, filter: PostFilter) {
  let query = tenant
    .selectFrom('knowledge_posts')
    .select([
      'knowledge_posts.organisation_id',
      'knowledge_posts.id',
      'knowledge_posts.space_id',
      'knowledge_posts.author_id',
      'knowledge_posts.kind',
      'knowledge_posts.language',
      'knowledge_posts.title',
      'knowledge_posts.body_html',
      'knowledge_posts.link_url',
      'knowledge_posts.file_id',
      'knowledge_posts.learned_kind',
      'knowledge_posts.learned_id',
      'knowledge_posts.learned_title',
      'knowledge_posts.applied_text',
      'knowledge_posts.best_comment_id',
      'knowledge_posts.hidden_at',
      'knowledge_posts.hidden_reason',
      'knowledge_posts.hidden_by',
      'knowledge_posts.created_at',
    ]);
  if (!filter.withHidden) query = query.where('knowledge_posts.hidden_at', 'is', null);
  if (filter.ids)
    query = query.where(
      'knowledge_posts.id',
      'in',
      filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.spaceId) query = query.where('knowledge_posts.space_id', '=', filter.spaceId);
  if (filter.kind) query = query.where('knowledge_posts.kind', '=', filter.kind as 'tip');
  if (filter.authorId) query = query.where('knowledge_posts.author_id', '=', filter.authorId);
  if (filter.authorIds)
    query = query.where(
      'knowledge_posts.author_id',
      'in',
      filter.authorIds.length ? filter.authorIds : [readerId ?? ''],
    );
  if (filter.since) query = query.where('knowledge_posts.created_at', '>=', filter.since);
  if (filter.q) {
    const q = filter.q;
    query = query.where(
      sql<boolean>`knowledge_posts.search_vector @@ websearch_to_tsquery(CASE knowledge_posts.language WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END, ${q})`,
    );
  }
  if (filter.skillId) {
    const skillId = filter.skillId;
    query = query.where(
      sql<boolean>`EXISTS (SELECT 1 FROM knowledge_post_tags t WHERE t.organisation_id = knowledge_posts.organisation_id AND t.post_id = knowledge_posts.id
        AND t.tag_kind = 'skill' AND t.tag_id = ${skillId})`,
    );
  }
  if (filter.item) {
    const { id, kind } = filter.item;
    query = query.where(
      sql<boolean>`((knowledge_posts.learned_id = ${id} ${kind ? sql`AND knowledge_posts.learned_kind = ${kind}` : sql``}) OR EXISTS (SELECT 1 FROM knowledge_post_tags t
        WHERE t.organisation_id = knowledge_posts.organisation_id AND t.post_id = knowledge_posts.id AND t.tag_id = ${id} AND t.tag_kind <> 'skill'
        ${kind ? sql`AND t.tag_kind = ${kind}` : sql``}))`,
    );
  }
  if (filter.savedBy) {
    const savedBy = filter.savedBy;
    query = query.where(
      sql<boolean>`EXISTS (SELECT 1 FROM knowledge_saves v WHERE v.organisation_id = knowledge_posts.organisation_id AND v.post_id = knowledge_posts.id
        AND v.person_id = ${savedBy})`,
    );
  }
  return query.orderBy('knowledge_posts.created_at', 'desc').orderBy('knowledge_posts.id', 'desc');
}

/**
 * Posts as a reader sees them: counts, the reader's own reactions and save, newest first. With a
 * `slice` the page's posts are chosen first (a LIMIT subquery PostgreSQL keeps apart), so the names and
 * the per-post counts are looked up for that page's rows only, never for every post that matches.
 */
export function postRows(
  tenant: TenantDb,
  readerId: string | null,
  filter: PostFilter,
  slice?: { limit: number; offset: number },
) {
  let chosen = chosenPosts(tenant, readerId, filter);
  if (slice) chosen = chosen.limit(slice.limit).offset(slice.offset);
  // The chosen page keeps the table's name, so the counts below read as they would on the table.
  return tenant.executor
    .selectFrom(chosen.as('knowledge_posts'))
    .innerJoin('knowledge_spaces as s', (join) =>
      join
        .onRef('s.organisation_id', '=', 'knowledge_posts.organisation_id')
        .onRef('s.id', '=', 'knowledge_posts.space_id'),
    )
    .leftJoin('org_units as u', (join) =>
      join.onRef('u.organisation_id', '=', 's.organisation_id').onRef('u.id', '=', 's.org_unit_id'),
    )
    .leftJoin('people as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'knowledge_posts.organisation_id')
        .onRef('a.id', '=', 'knowledge_posts.author_id'),
    )
    .leftJoin('people as h', (join) =>
      join
        .onRef('h.organisation_id', '=', 'knowledge_posts.organisation_id')
        .onRef('h.id', '=', 'knowledge_posts.hidden_by'),
    )
    .select([
      'knowledge_posts.id',
      'knowledge_posts.space_id',
      's.kind as space_kind',
      's.name as space_name',
      'u.name as unit_name',
      'knowledge_posts.author_id',
      'a.given_name as author_given_name',
      'a.family_name_prefix as author_family_name_prefix',
      'a.family_name as author_family_name',
      'knowledge_posts.kind',
      'knowledge_posts.language',
      'knowledge_posts.title',
      'knowledge_posts.body_html',
      'knowledge_posts.link_url',
      'knowledge_posts.file_id',
      'knowledge_posts.learned_kind',
      'knowledge_posts.learned_id',
      'knowledge_posts.learned_title',
      'knowledge_posts.applied_text',
      'knowledge_posts.best_comment_id',
      'knowledge_posts.hidden_at',
      'knowledge_posts.hidden_reason',
      'knowledge_posts.hidden_by',
      'h.given_name as hider_given_name',
      'h.family_name_prefix as hider_family_name_prefix',
      'h.family_name as hider_family_name',
      'knowledge_posts.created_at',
      sql<number>`(SELECT count(*)::int FROM knowledge_comments c WHERE c.organisation_id = knowledge_posts.organisation_id AND c.post_id = knowledge_posts.id)`.as(
        'comments',
      ),
      sql<
        string[]
      >`coalesce((SELECT array_agg(r.reaction || ':' || r.n) FROM (SELECT reaction, count(*) AS n FROM knowledge_reactions r
        WHERE r.organisation_id = knowledge_posts.organisation_id AND r.post_id = knowledge_posts.id GROUP BY reaction) r), '{}')`.as(
        'reaction_counts',
      ),
      sql<
        string[]
      >`coalesce((SELECT array_agg(r.reaction) FROM knowledge_reactions r WHERE r.organisation_id = knowledge_posts.organisation_id
        AND r.post_id = knowledge_posts.id AND r.person_id = ${readerId}), '{}')`.as('my_reactions'),
      sql<boolean>`EXISTS (SELECT 1 FROM knowledge_saves v WHERE v.organisation_id = knowledge_posts.organisation_id AND v.post_id = knowledge_posts.id
        AND v.person_id = ${readerId})`.as('is_saved'),
      sql<string[]>`coalesce((SELECT array_agg(t.tag_kind || ':' || t.tag_id) FROM knowledge_post_tags t
        WHERE t.organisation_id = knowledge_posts.organisation_id AND t.post_id = knowledge_posts.id), '{}')`.as(
        'tags',
      ),
    ])
    .orderBy('knowledge_posts.created_at', 'desc')
    .orderBy('knowledge_posts.id', 'desc');
}
export type PostRow = Awaited<ReturnType<ReturnType<typeof postRows>['execute']>>[number];

/** The post's bare row (locked in a change), hidden or not. */
export const lockPost = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('knowledge_posts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export type NewPost = {
  space_id: string;
  author_id: string;
  kind: 'tip' | 'question' | 'resource' | 'learned';
  language: 'nl' | 'en';
  title: string;
  body_html: string;
  body_text: string;
  link_url: string | null;
  file_id: string | null;
  learned_kind: 'content' | 'course' | 'path' | null;
  learned_id: string | null;
  learned_title: string | null;
  applied_text: string | null;
};

export const insertPost = (tenant: TenantDb, row: NewPost) =>
  tenant.insertInto('knowledge_posts', row).returning('id').executeTakeFirstOrThrow();

export async function insertTags(
  tenant: TenantDb,
  postId: string,
  tags: { tag_kind: 'skill' | 'content' | 'course' | 'path'; tag_id: string }[],
) {
  if (!tags.length) return;
  await tenant
    .insertInto(
      'knowledge_post_tags',
      tags.map((tag) => ({ ...tag, post_id: postId })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export const deletePost = (tenant: TenantDb, id: string) =>
  tenant.deleteFrom('knowledge_posts').where('id', '=', id).execute();

export const setBestComment = (tenant: TenantDb, id: string, commentId: string | null) =>
  tenant.updateTable('knowledge_posts').set({ best_comment_id: commentId }).where('id', '=', id).execute();

/** Current people among these ids (mentions only notify colleagues who are still here). */
export async function currentPeopleAmong(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await tenant
    .selectFrom('people')
    .select('id')
    .where('id', 'in', ids)
    .where('status', '<>', 'left')
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The units a person belongs to, and every unit above them. */
export async function unitLineIds(tenant: TenantDb, personId: string) {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE line AS (
      SELECT u.id, u.parent_id FROM org_units u JOIN people p ON p.organisation_id = u.organisation_id AND p.org_unit_id = u.id
      WHERE p.organisation_id = ${tenant.organisationId} AND p.id = ${personId}
      UNION
      SELECT u.id, u.parent_id FROM org_units u JOIN line ON u.id = line.parent_id WHERE u.organisation_id = ${tenant.organisationId}
    ) SELECT id FROM line`.execute(tenant.executor);
  return new Set(rows.rows.map((row) => row.id));
}

/** A manager's direct reports who are current. */
export const directReports = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name_prefix', 'family_name'])
    .where('manager_id', '=', managerId)
    .where('status', '<>', 'left')
    .orderBy('given_name')
    .execute();

export const managerOf = async (tenant: TenantDb, personId: string) =>
  (await tenant.selectFrom('people').select('manager_id').where('id', '=', personId).executeTakeFirst())
    ?.manager_id ?? null;

// ---- privacy

/** Leaving on request: the person's posts and comments stay, without their name. */
export async function anonymisePostsOf(tenant: TenantDb, personId: string) {
  const posts = await tenant
    .updateTable('knowledge_posts')
    .set({ author_id: null })
    .where('author_id', '=', personId)
    .execute();
  const comments = await tenant
    .updateTable('knowledge_comments')
    .set({ author_id: null })
    .where('author_id', '=', personId)
    .execute();
  return Number(posts[0]?.numUpdatedRows ?? 0) + Number(comments[0]?.numUpdatedRows ?? 0);
}
