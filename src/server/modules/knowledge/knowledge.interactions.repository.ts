import type { TenantDb } from '../../db/tenant.ts';

// The SQL of what people do with a post: comments, reactions and saves.

export const commentRows = (tenant: TenantDb, postId: string) =>
  tenant
    .selectFrom('knowledge_comments')
    .leftJoin('people as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'knowledge_comments.organisation_id')
        .onRef('a.id', '=', 'knowledge_comments.author_id'),
    )
    .select([
      'knowledge_comments.id',
      'knowledge_comments.author_id',
      'a.given_name as author_given_name',
      'a.family_name_prefix as author_family_name_prefix',
      'a.family_name as author_family_name',
      'knowledge_comments.body_html',
      'knowledge_comments.created_at',
    ])
    .where('knowledge_comments.post_id', '=', postId)
    .orderBy('knowledge_comments.created_at')
    .orderBy('knowledge_comments.id')
    .execute();

export const findComment = (tenant: TenantDb, postId: string, id: string) =>
  tenant
    .selectFrom('knowledge_comments')
    .select(['id', 'author_id'])
    .where('post_id', '=', postId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertComment = (
  tenant: TenantDb,
  row: { post_id: string; author_id: string; body_html: string },
) => tenant.insertInto('knowledge_comments', row).returning('id').executeTakeFirstOrThrow();

export async function setReaction(
  tenant: TenantDb,
  row: { post_id: string; person_id: string; reaction: 'like' | 'thanks' | 'insightful' },
  isOn: boolean,
) {
  if (isOn)
    await tenant
      .insertInto('knowledge_reactions', row)
      .onConflict((oc) => oc.doNothing())
      .execute();
  else
    await tenant
      .deleteFrom('knowledge_reactions')
      .where('post_id', '=', row.post_id)
      .where('person_id', '=', row.person_id)
      .where('reaction', '=', row.reaction)
      .execute();
}

export async function setSaved(
  tenant: TenantDb,
  row: { post_id: string; person_id: string },
  isSaved: boolean,
) {
  if (isSaved)
    await tenant
      .insertInto('knowledge_saves', row)
      .onConflict((oc) => oc.doNothing())
      .execute();
  else
    await tenant
      .deleteFrom('knowledge_saves')
      .where('post_id', '=', row.post_id)
      .where('person_id', '=', row.person_id)
      .execute();
}

// ---- people

/** Who reacted how to, and who saved, these posts (a feed page's, kept for every reader of it). */
export async function interactionsOn(tenant: TenantDb, postIds: string[]) {
  if (!postIds.length) return { reactions: [], saves: [] };
  const [reactions, saves] = await Promise.all([
    tenant
      .selectFrom('knowledge_reactions')
      .select(['post_id', 'person_id', 'reaction'])
      .where('post_id', 'in', postIds)
      .orderBy('reaction')
      .execute(),
    tenant
      .selectFrom('knowledge_saves')
      .select(['post_id', 'person_id'])
      .where('post_id', 'in', postIds)
      .execute(),
  ]);
  return { reactions, saves };
}
