import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

export type ChannelTopic = 'announcements' | 'campaigns' | 'challenges';

export function listChannels(tenant: TenantDb) {
  return tenant
    .selectFrom('unit_channels')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'unit_channels.organisation_id')
        .onRef('org_units.id', '=', 'unit_channels.org_unit_id'),
    )
    .select((eb) => [
      'unit_channels.id',
      'unit_channels.org_unit_id',
      'unit_channels.kind',
      'unit_channels.url_host',
      'unit_channels.name',
      'unit_channels.topics',
      'unit_channels.created_at',
      'org_units.name as unit_name',
      eb
        .selectFrom('unit_channel_posts as p')
        .select('p.status')
        .whereRef('p.organisation_id', '=', 'unit_channels.organisation_id')
        .whereRef('p.channel_id', '=', 'unit_channels.id')
        .orderBy('p.created_at', 'desc')
        .limit(1)
        .as('last_status'),
      eb
        .selectFrom('unit_channel_posts as p')
        .select('p.last_error')
        .whereRef('p.organisation_id', '=', 'unit_channels.organisation_id')
        .whereRef('p.channel_id', '=', 'unit_channels.id')
        .orderBy('p.created_at', 'desc')
        .limit(1)
        .as('last_error'),
    ])
    .orderBy('org_units.name')
    .orderBy('unit_channels.created_at')
    .execute();
}
export type ChannelRow = Awaited<ReturnType<typeof listChannels>>[number];

export function insertChannel(
  tenant: TenantDb,
  values: {
    org_unit_id: string;
    kind: 'teams' | 'slack';
    url_sealed: string;
    url_host: string;
    name: string | null;
    topics: ChannelTopic[];
    created_by: string;
  },
) {
  return tenant.insertInto('unit_channels', values).returning('id').executeTakeFirstOrThrow();
}

/** Name and topics only: the sealed address is never rewritten here (a new address is a new channel). */
export function updateChannel(
  tenant: TenantDb,
  id: string,
  values: { name?: string | null; topics?: ChannelTopic[] },
) {
  return tenant.updateTable('unit_channels').set(values).where('id', '=', id).executeTakeFirst();
}

export function deleteChannel(tenant: TenantDb, id: string) {
  return tenant.deleteFrom('unit_channels').where('id', '=', id).executeTakeFirst();
}

export function findChannel(tenant: TenantDb, id: string) {
  return tenant.selectFrom('unit_channels').selectAll().where('id', '=', id).executeTakeFirst();
}

export function unitExists(tenant: TenantDb, id: string) {
  return tenant.selectFrom('org_units').select('id').where('id', '=', id).executeTakeFirst();
}

/** The channels on a topic of these units and every unit below them (`null`: all units). */
export async function channelsReaching(tenant: TenantDb, topic: ChannelTopic, unitIds: string[] | null) {
  const query = tenant
    .selectFrom('unit_channels')
    .select(['id', 'kind'])
    .where(sql<boolean>`${topic} = ANY(topics)`);
  if (unitIds === null) return query.execute();
  if (!unitIds.length) return [];
  const below = sql<{ id: string }>`(
    WITH RECURSIVE tree AS (
      SELECT id FROM org_units WHERE organisation_id = ${tenant.organisationId} AND id = ANY(${unitIds}::uuid[])
      UNION
      SELECT child.id FROM org_units child JOIN tree ON child.parent_id = tree.id
        WHERE child.organisation_id = ${tenant.organisationId}
    ) SELECT id FROM tree)`;
  return query.where(sql<boolean>`unit_channels.org_unit_id IN ${below}`).execute();
}

export async function queuePosts(
  tenant: TenantDb,
  rows: { channel_id: string; topic: ChannelTopic; text: string }[],
) {
  if (rows.length) await tenant.insertInto('unit_channel_posts', rows).execute();
}

/**
 * Takes the due posts for this run: each row is claimed by one UPDATE (its next attempt moved five
 * minutes on), so two app instances running the job never send the same post twice.
 */
export async function claimDuePosts(db: Db, now: Date, limit = 100) {
  const claimed = await sql<{
    organisation_id: string;
    id: string;
    channel_id: string;
    text: string;
    attempts: number;
  }>`
    UPDATE unit_channel_posts p SET next_attempt_at = ${new Date(now.getTime() + 5 * 60_000)}
    WHERE (p.organisation_id, p.id) IN (
      SELECT organisation_id, id FROM unit_channel_posts
      WHERE status = 'queued' AND next_attempt_at <= ${now}
      ORDER BY next_attempt_at LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING p.organisation_id, p.id, p.channel_id, p.text, p.attempts`.execute(db);
  return claimed.rows;
}

export function finishPost(
  tenant: TenantDb,
  id: string,
  values: {
    status: 'queued' | 'sent' | 'failed';
    attempts: number;
    last_error: string | null;
    next_attempt_at?: Date;
    sent_at?: Date;
  },
) {
  return tenant.updateTable('unit_channel_posts').set(values).where('id', '=', id).execute();
}
