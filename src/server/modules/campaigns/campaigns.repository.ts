import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of campaigns and their messages, on the organisation-scoped database. Settings, contacts,
// themes and people facts each have their own file (campaigns.<use>.repository.ts).

const campaignColumns = [
  'id',
  'title',
  'goal_kind',
  'goal_id',
  'audience',
  sql<string>`starts_on::text`.as('starts_on'),
  sql<string>`sing_from::text`.as('sing_from'),
  sql<string>`shout_from::text`.as('shout_from'),
  sql<string>`ends_on::text`.as('ends_on'),
  'promoted',
  'status',
  'launched_at',
  'created_at',
] as const;

export const listCampaigns = (tenant: TenantDb) =>
  tenant
    .selectFrom('campaigns')
    .select([
      ...campaignColumns,
      (eb) =>
        eb
          .selectFrom('campaign_messages as m')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('m.organisation_id', '=', 'campaigns.organisation_id')
          .whereRef('m.campaign_id', '=', 'campaigns.id')
          .as('message_count'),
    ])
    .orderBy('starts_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
export type CampaignRow = Awaited<ReturnType<typeof listCampaigns>>[number];

export async function findCampaign(tenant: TenantDb, id: string, options: { forUpdate?: boolean } = {}) {
  let query = tenant.selectFrom('campaigns').select(campaignColumns).where('id', '=', id);
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

const messageColumns = [
  'id',
  'campaign_id',
  'phase',
  'channel',
  sql<string>`send_on::text`.as('send_on'),
  'title_nl',
  'body_nl',
  'title_en',
  'body_en',
  'translations',
  'link',
  'position',
  'status',
  'sent_at',
  'attempts',
  'last_error',
  'announcement_id',
] as const;

export const messagesOf = (tenant: TenantDb, campaignId: string) =>
  tenant
    .selectFrom('campaign_messages')
    .select(messageColumns)
    .where('campaign_id', '=', campaignId)
    .orderBy('position')
    .execute();
export type MessageRow = Awaited<ReturnType<typeof messagesOf>>[number];

export const findMessage = (tenant: TenantDb, campaignId: string, id: string) =>
  tenant
    .selectFrom('campaign_messages')
    .select(messageColumns)
    .where('campaign_id', '=', campaignId)
    .where('id', '=', id)
    .executeTakeFirst();

/** A message of a launched campaign, as seen from the home page. */
export const findLiveMessage = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('campaign_messages')
    .innerJoin('campaigns', (join) =>
      join
        .onRef('campaigns.organisation_id', '=', 'campaign_messages.organisation_id')
        .onRef('campaigns.id', '=', 'campaign_messages.campaign_id'),
    )
    .select([
      'campaign_messages.id',
      'campaign_messages.campaign_id',
      'campaign_messages.channel',
      'campaign_messages.link',
      'campaigns.audience',
    ])
    .where('campaign_messages.id', '=', id)
    .where('campaigns.status', '=', 'launched')
    .executeTakeFirst();

/** Banner and card messages of launched campaigns that have begun by today and not ended. */
export const liveHomeMessages = (tenant: TenantDb, today: string) =>
  tenant
    .selectFrom('campaign_messages')
    .innerJoin('campaigns', (join) =>
      join
        .onRef('campaigns.organisation_id', '=', 'campaign_messages.organisation_id')
        .onRef('campaigns.id', '=', 'campaign_messages.campaign_id'),
    )
    .select([
      'campaign_messages.id',
      'campaign_messages.campaign_id',
      'campaign_messages.phase',
      'campaign_messages.channel',
      'campaign_messages.title_nl',
      'campaign_messages.body_nl',
      'campaign_messages.title_en',
      'campaign_messages.body_en',
      'campaign_messages.translations',
      'campaign_messages.link',
      sql<string>`campaign_messages.send_on::text`.as('send_on'),
      'campaigns.audience',
      sql<string>`campaigns.starts_on::text`.as('starts_on'),
      sql<string>`campaigns.sing_from::text`.as('sing_from'),
      sql<string>`campaigns.shout_from::text`.as('shout_from'),
      sql<string>`campaigns.ends_on::text`.as('ends_on'),
    ])
    .where('campaigns.status', '=', 'launched')
    .where('campaign_messages.channel', 'in', ['banner', 'card'])
    .where('campaign_messages.send_on', '<=', today)
    .where('campaigns.ends_on', '>=', today)
    .orderBy('campaign_messages.send_on', 'desc')
    .execute();

export async function replaceMessages(
  tenant: TenantDb,
  campaignId: string,
  rows: {
    phase: 'hum' | 'sing' | 'shout';
    channel: 'banner' | 'card' | 'announcement' | 'email' | 'chat';
    send_on: string;
    title_nl: string;
    body_nl: string;
    title_en: string;
    body_en: string;
    link: string | null;
    /** JSON text: { tag: { title, body } } */
    translations: string;
  }[],
) {
  await tenant.deleteFrom('campaign_messages').where('campaign_id', '=', campaignId).execute();
  if (rows.length)
    await tenant
      .insertInto(
        'campaign_messages',
        rows.map((row, position) => ({ ...row, campaign_id: campaignId, position })),
      )
      .execute();
}

/** Launched campaigns' messages due by a date, per organisation: the delivery job's round. */
export const dueMessages = (db: Executor, latestDay: string) =>
  db
    .selectFrom('campaign_messages')
    .innerJoin('campaigns', (join) =>
      join
        .onRef('campaigns.organisation_id', '=', 'campaign_messages.organisation_id')
        .onRef('campaigns.id', '=', 'campaign_messages.campaign_id'),
    )
    .select(['campaign_messages.organisation_id', 'campaign_messages.id', 'campaign_messages.campaign_id'])
    .where('campaign_messages.status', '=', 'planned')
    .where('campaigns.status', '=', 'launched')
    .where('campaign_messages.send_on', '<=', latestDay)
    .orderBy('campaign_messages.send_on')
    .execute();
