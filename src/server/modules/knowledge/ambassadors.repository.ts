import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of ambassadors: profiles, collections and their entries, and reach counts.

// ---- ambassadors (people holding the ambassador role, with their profile if they wrote one)

export type AmbassadorFilter = { personId?: string; skillId?: string; q?: string };

export function ambassadorRows(tenant: TenantDb, filter: AmbassadorFilter) {
  let query = tenant
    .selectFrom('people')
    .innerJoin('person_roles as r', (join) =>
      join
        .onRef('r.organisation_id', '=', 'people.organisation_id')
        .onRef('r.person_id', '=', 'people.id')
        .on('r.role', '=', 'ambassador'),
    )
    .leftJoin('ambassador_profiles as p', (join) =>
      join.onRef('p.organisation_id', '=', 'people.organisation_id').onRef('p.person_id', '=', 'people.id'),
    )
    .leftJoin('org_units as u', (join) =>
      join.onRef('u.organisation_id', '=', 'people.organisation_id').onRef('u.id', '=', 'people.org_unit_id'),
    )
    .select([
      'people.id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'people.job_title',
      'u.name as unit_name',
      sql<string>`coalesce(p.headline, '')`.as('headline'),
      sql<string>`coalesce(p.helps_with, '')`.as('helps_with'),
      // As JSON: both drivers parse it to an array.
      sql<string[]>`to_json(coalesce(p.skill_ids, '{}'::uuid[]))`.as('skill_ids'),
      sql<number>`(SELECT count(*)::int FROM knowledge_collections c WHERE c.organisation_id = people.organisation_id
        AND c.curator_id = people.id)`.as('collections'),
      sql<number>`(SELECT count(*)::int FROM knowledge_posts k WHERE k.organisation_id = people.organisation_id
        AND k.author_id = people.id AND k.hidden_at IS NULL)`.as('posts'),
    ])
    .where('people.status', '<>', 'left');
  if (filter.personId) query = query.where('people.id', '=', filter.personId);
  if (filter.skillId) query = query.where(sql<boolean>`p.skill_ids @> ARRAY[${filter.skillId}]::uuid[]`);
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(
      sql<boolean>`(people.given_name || ' ' || coalesce(people.family_name_prefix || ' ', '') || people.family_name
        || ' ' || coalesce(p.headline, '') || ' ' || coalesce(p.helps_with, '')) ILIKE ${like}`,
    );
  }
  return query.orderBy('people.given_name').orderBy('people.family_name').orderBy('people.id');
}
export type AmbassadorRow = Awaited<ReturnType<ReturnType<typeof ambassadorRows>['execute']>>[number];

export const upsertProfile = (
  tenant: TenantDb,
  row: { person_id: string; headline: string; helps_with: string; skill_ids: string[] },
) =>
  tenant
    .insertInto('ambassador_profiles', row)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'person_id']).doUpdateSet({
        headline: row.headline,
        helps_with: row.helps_with,
        skill_ids: row.skill_ids,
        updated_at: new Date(),
      }),
    )
    .execute();

export const topicSpacesOpenedBy = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('knowledge_spaces')
    .select(['id', 'name'])
    .where('kind', '=', 'topic')
    .where('created_by', '=', personId)
    .orderBy('name')
    .execute();

// ---- collections

export type CollectionFilter = { ids?: string[]; curatorId?: string; spaceId?: string };

export function collectionRows(tenant: TenantDb, filter: CollectionFilter) {
  let query = tenant
    .selectFrom('knowledge_collections')
    .leftJoin('people as a', (join) =>
      join
        .onRef('a.organisation_id', '=', 'knowledge_collections.organisation_id')
        .onRef('a.id', '=', 'knowledge_collections.curator_id'),
    )
    .leftJoin('knowledge_spaces as s', (join) =>
      join
        .onRef('s.organisation_id', '=', 'knowledge_collections.organisation_id')
        .onRef('s.id', '=', 'knowledge_collections.space_id'),
    )
    .select([
      'knowledge_collections.id',
      'knowledge_collections.title',
      'knowledge_collections.description',
      'knowledge_collections.curator_id',
      'a.given_name as curator_given_name',
      'a.family_name_prefix as curator_family_name_prefix',
      'a.family_name as curator_family_name',
      'knowledge_collections.space_id',
      's.name as space_name',
      'knowledge_collections.updated_at',
      sql<number>`(SELECT count(*)::int FROM knowledge_collection_entries e WHERE e.organisation_id = knowledge_collections.organisation_id
        AND e.collection_id = knowledge_collections.id)`.as('entries'),
    ]);
  if (filter.ids)
    query = query.where(
      'knowledge_collections.id',
      'in',
      filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000'],
    );
  if (filter.curatorId) query = query.where('knowledge_collections.curator_id', '=', filter.curatorId);
  if (filter.spaceId) query = query.where('knowledge_collections.space_id', '=', filter.spaceId);
  return query
    .orderBy('knowledge_collections.updated_at', 'desc')
    .orderBy('knowledge_collections.id')
    .limit(200);
}
export type CollectionRow = Awaited<ReturnType<ReturnType<typeof collectionRows>['execute']>>[number];

export const entryRows = (tenant: TenantDb, collectionId: string) =>
  tenant
    .selectFrom('knowledge_collection_entries')
    .select(['entry_kind', 'entry_id', 'note'])
    .where('collection_id', '=', collectionId)
    .orderBy('position')
    .execute();

export const lockCollection = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('knowledge_collections')
    .select(['id', 'curator_id', 'title'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

type CollectionValues = { title: string; description: string; space_id: string | null };

export const insertCollection = (tenant: TenantDb, row: CollectionValues & { curator_id: string }) =>
  tenant.insertInto('knowledge_collections', row).returning('id').executeTakeFirstOrThrow();

export const updateCollection = (tenant: TenantDb, id: string, row: CollectionValues) =>
  tenant
    .updateTable('knowledge_collections')
    .set({ ...row, updated_at: new Date() })
    .where('id', '=', id)
    .execute();

export const deleteCollection = (tenant: TenantDb, id: string) =>
  tenant.deleteFrom('knowledge_collections').where('id', '=', id).execute();

/** The entries are replaced as a whole, in the order given. */
export async function replaceEntries(
  tenant: TenantDb,
  collectionId: string,
  entries: { kind: 'post' | 'item'; id: string; note: string }[],
) {
  await tenant.deleteFrom('knowledge_collection_entries').where('collection_id', '=', collectionId).execute();
  if (!entries.length) return;
  await tenant
    .insertInto(
      'knowledge_collection_entries',
      entries.map((entry, position) => ({
        collection_id: collectionId,
        position,
        entry_kind: entry.kind,
        entry_id: entry.id,
        note: entry.note,
      })),
    )
    .execute();
}

// ---- reach: opens are counted per day, never who opened

export const countOpen = (
  tenant: TenantDb,
  subject: { kind: 'post' | 'collection'; id: string },
  day: string,
) =>
  sql`INSERT INTO knowledge_reach_daily (organisation_id, subject_kind, subject_id, day, opens)
    VALUES (${tenant.organisationId}, ${subject.kind}, ${subject.id}, ${day}::date, 1)
    ON CONFLICT (organisation_id, subject_kind, subject_id, day) DO UPDATE SET opens = knowledge_reach_daily.opens + 1`.execute(
    tenant.executor,
  );

/** Opens since a day, per collection of the curator. */
export const collectionOpens = (tenant: TenantDb, curatorId: string, since: string) =>
  sql<{ id: string; title: string; opens: number }>`
    SELECT c.id, c.title, coalesce(sum(r.opens), 0)::int AS opens
    FROM knowledge_collections c
    LEFT JOIN knowledge_reach_daily r ON r.organisation_id = c.organisation_id AND r.subject_kind = 'collection'
      AND r.subject_id = c.id AND r.day >= ${since}::date
    WHERE c.organisation_id = ${tenant.organisationId} AND c.curator_id = ${curatorId}
    GROUP BY c.id, c.title ORDER BY opens DESC, c.title LIMIT 200`
    .execute(tenant.executor)
    .then((result) => result.rows);

/**
 * Per visible post of the author: opens since a day, and how many different colleagues (not the
 * author) reacted to, saved or answered it — read from those actions, which exist anyway.
 */
export const postReach = (tenant: TenantDb, authorId: string, since: string) =>
  sql<{ id: string; title: string; opens: number; people: number }>`
    SELECT k.id, k.title,
      (SELECT coalesce(sum(r.opens), 0)::int FROM knowledge_reach_daily r WHERE r.organisation_id = k.organisation_id
        AND r.subject_kind = 'post' AND r.subject_id = k.id AND r.day >= ${since}::date) AS opens,
      (SELECT count(DISTINCT who)::int FROM (
        SELECT person_id AS who FROM knowledge_reactions x WHERE x.organisation_id = k.organisation_id AND x.post_id = k.id
        UNION SELECT person_id FROM knowledge_saves v WHERE v.organisation_id = k.organisation_id AND v.post_id = k.id
        UNION SELECT author_id FROM knowledge_comments m WHERE m.organisation_id = k.organisation_id AND m.post_id = k.id
      ) w WHERE who IS NOT NULL AND who <> ${authorId}) AS people
    FROM knowledge_posts k
    WHERE k.organisation_id = ${tenant.organisationId} AND k.author_id = ${authorId} AND k.hidden_at IS NULL
    ORDER BY k.created_at DESC LIMIT 200`
    .execute(tenant.executor)
    .then((result) => result.rows);

/** Different colleagues who reacted to, saved or answered any visible post of the author. */
export const peopleReached = async (tenant: TenantDb, authorId: string) =>
  (
    await sql<{ n: number }>`
    SELECT count(DISTINCT who)::int AS n FROM (
      SELECT x.person_id AS who FROM knowledge_reactions x JOIN knowledge_posts k ON k.organisation_id = x.organisation_id AND k.id = x.post_id
        WHERE k.organisation_id = ${tenant.organisationId} AND k.author_id = ${authorId} AND k.hidden_at IS NULL
      UNION SELECT v.person_id FROM knowledge_saves v JOIN knowledge_posts k ON k.organisation_id = v.organisation_id AND k.id = v.post_id
        WHERE k.organisation_id = ${tenant.organisationId} AND k.author_id = ${authorId} AND k.hidden_at IS NULL
      UNION SELECT m.author_id FROM knowledge_comments m JOIN knowledge_posts k ON k.organisation_id = m.organisation_id AND k.id = m.post_id
        WHERE k.organisation_id = ${tenant.organisationId} AND k.author_id = ${authorId} AND k.hidden_at IS NULL
    ) w WHERE who IS NOT NULL AND who <> ${authorId}`.execute(tenant.executor)
  ).rows[0]?.n ?? 0;

/** Current ambassadors with the skill among their topics (for the mentor finder, through a port). */
export const ambassadorsOnSkill = async (tenant: TenantDb, skillId: string) =>
  (await ambassadorRows(tenant, { skillId }).execute()).map((row) => ({
    personId: row.id,
    headline: row.headline,
  }));
