import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';
import type { NudgeKind } from './campaigns.schemas.ts';

// The SQL of campaigns, themes and nudges, on the organisation-scoped database.

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

// —— settings

export const settingsOf = (tenant: TenantDb) =>
  tenant
    .selectFrom('campaign_settings')
    .select([
      'weekly_cap',
      sql<string>`to_char(quiet_from, 'HH24:MI')`.as('quiet_from'),
      sql<string>`to_char(quiet_until, 'HH24:MI')`.as('quiet_until'),
      'nudge_kinds',
      'webhook_kind',
      'webhook_url_sealed',
      'webhook_secret_sealed',
    ])
    .executeTakeFirst();
export type SettingsRow = NonNullable<Awaited<ReturnType<typeof settingsOf>>>;

export const defaultSettings: SettingsRow = {
  weekly_cap: 3,
  quiet_from: '18:00',
  quiet_until: '08:00',
  nudge_kinds: [
    'not_started',
    'stalled',
    'due_soon',
    'agreement_followup',
    'block_tomorrow',
    'teammate_finished',
  ],
  webhook_kind: null,
  webhook_url_sealed: null,
  webhook_secret_sealed: null,
};

export async function saveSettings(tenant: TenantDb, values: SettingsRow) {
  await tenant
    .insertInto('campaign_settings', { ...values, updated_at: new Date() })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ ...values, updated_at: new Date() } as never),
    )
    .execute();
}

// —— contacts (reach and the cap)

/** Contacts that count to the cap per person since an instant. */
export async function contactsSince(tenant: TenantDb, personIds: string[], since: Date) {
  const counts = new Map<string, number>();
  if (!personIds.length) return counts;
  const rows = await tenant
    .selectFrom('campaign_contacts')
    .select(['person_id', sql<number>`count(*)::int`.as('n')])
    .where('counts_to_cap', '=', true)
    .where('sent_at', '>', since)
    .where(sql<boolean>`person_id = ANY(${personIds}::uuid[])`)
    .groupBy('person_id')
    .execute();
  for (const row of rows) counts.set(row.person_id, row.n);
  return counts;
}

export const contactedFor = async (tenant: TenantDb, messageId: string) =>
  new Set(
    (
      await tenant
        .selectFrom('campaign_contacts')
        .select('person_id')
        .where('message_id', '=', messageId)
        .execute()
    ).map((row) => row.person_id),
  );

export type ContactInsert = {
  id?: string;
  person_id: string;
  source: 'campaign' | 'nudge';
  message_id?: string | null;
  campaign_id?: string | null;
  nudge_kind?: NudgeKind | null;
  subject_key?: string | null;
  counts_to_cap: boolean;
  sent_at: Date;
  opened_at?: Date | null;
};

export async function insertContacts(tenant: TenantDb, rows: ContactInsert[]) {
  for (let index = 0; index < rows.length; index += 1000)
    await tenant
      .insertInto('campaign_contacts', rows.slice(index, index + 1000))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** A banner or card seen, or a link followed: the first sighting makes a contact (not counted to the cap). */
export async function recordSighting(
  tenant: TenantDb,
  row: { person_id: string; message_id: string; campaign_id: string; clicked: boolean; at: Date },
) {
  await tenant
    .insertInto('campaign_contacts', {
      person_id: row.person_id,
      source: 'campaign',
      message_id: row.message_id,
      campaign_id: row.campaign_id,
      counts_to_cap: false,
      sent_at: row.at,
      opened_at: row.at,
      clicked_at: row.clicked ? row.at : null,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'message_id', 'person_id'])
        .where('message_id', 'is not', null)
        .doUpdateSet({
          opened_at: sql`coalesce(campaign_contacts.opened_at, excluded.opened_at)`,
          clicked_at: sql`coalesce(campaign_contacts.clicked_at, excluded.clicked_at)`,
        }),
    )
    .execute();
}

/** An e-mail's tracked link followed. */
export const markClicked = (tenant: TenantDb, contactId: string, at: Date) =>
  tenant
    .updateTable('campaign_contacts')
    .set({ clicked_at: sql`coalesce(clicked_at, ${at})`, opened_at: sql`coalesce(opened_at, ${at})` })
    .where('id', '=', contactId)
    .where('source', '=', 'campaign')
    .returning(['message_id'])
    .executeTakeFirst();

export const contactStats = (tenant: TenantDb, campaignId: string) =>
  tenant
    .selectFrom('campaign_contacts')
    .select([
      'message_id',
      sql<number>`count(DISTINCT person_id)::int`.as('reached'),
      sql<number>`count(opened_at)::int`.as('opened'),
      sql<number>`count(clicked_at)::int`.as('clicked'),
    ])
    .where('campaign_id', '=', campaignId)
    .groupBy('message_id')
    .execute();

export async function campaignReach(tenant: TenantDb, campaignId: string) {
  const row = await tenant
    .selectFrom('campaign_contacts')
    .select([
      sql<number>`count(DISTINCT person_id)::int`.as('reach'),
      sql<number>`count(DISTINCT person_id) FILTER (WHERE opened_at IS NOT NULL)::int`.as('opened'),
      sql<number>`count(DISTINCT person_id) FILTER (WHERE clicked_at IS NOT NULL)::int`.as('clicked'),
    ])
    .where('campaign_id', '=', campaignId)
    .executeTakeFirst();
  return row ?? { reach: 0, opened: 0, clicked: 0 };
}

/** Nudges already sent about these subjects since an instant, keyed `person:kind:subject`. */
export async function nudgesSince(tenant: TenantDb, since: Date) {
  const rows = await tenant
    .selectFrom('campaign_contacts')
    .select(['person_id', 'nudge_kind', 'subject_key'])
    .where('source', '=', 'nudge')
    .where('sent_at', '>', since)
    .execute();
  return new Set(rows.map((row) => `${row.person_id}:${row.nudge_kind}:${row.subject_key}`));
}

// —— opt-outs

export const optOutsOf = async (tenant: TenantDb, personId: string) =>
  (
    await tenant.selectFrom('nudge_opt_outs').select('nudge_kind').where('person_id', '=', personId).execute()
  ).map((row) => row.nudge_kind as NudgeKind);

export const allOptOuts = async (tenant: TenantDb) =>
  new Set(
    (await tenant.selectFrom('nudge_opt_outs').select(['person_id', 'nudge_kind']).execute()).map(
      (row) => `${row.person_id}:${row.nudge_kind}`,
    ),
  );

export async function replaceOptOuts(tenant: TenantDb, personId: string, kinds: NudgeKind[]) {
  await tenant.deleteFrom('nudge_opt_outs').where('person_id', '=', personId).execute();
  if (kinds.length)
    await tenant
      .insertInto(
        'nudge_opt_outs',
        kinds.map((kind) => ({ person_id: personId, nudge_kind: kind })),
      )
      .execute();
}

// —— themes

const themeColumns = [
  'id',
  'name_nl',
  'name_en',
  'description_nl',
  'description_en',
  sql<string>`starts_on::text`.as('starts_on'),
  sql<string>`ends_on::text`.as('ends_on'),
  'recurrence',
  'learning',
  sql<string | null>`reminded_for::text`.as('reminded_for'),
] as const;

export const listThemes = (tenant: TenantDb) =>
  tenant.selectFrom('campaign_themes').select(themeColumns).orderBy('starts_on').execute();
export type ThemeRow = Awaited<ReturnType<typeof listThemes>>[number];

export const findTheme = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('campaign_themes')
    .select(themeColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const markThemeReminded = (tenant: TenantDb, id: string, startsOn: string) =>
  tenant.updateTable('campaign_themes').set({ reminded_for: startsOn }).where('id', '=', id).execute();

/** Organisations with themes, for the reminder job. */
export const organisationsWithThemes = async (db: Executor) =>
  (await db.selectFrom('campaign_themes').select('organisation_id').distinct().execute()).map(
    (row) => row.organisation_id,
  );

// —— people (shared kernel)

export async function peopleFacts(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return [];
  return tenant
    .selectFrom('people')
    .innerJoin('organisations as o', 'o.id', 'people.organisation_id')
    .select([
      'people.id',
      'people.email',
      'people.given_name',
      sql<'nl' | 'en'>`coalesce(people.locale, o.default_locale)`.as('locale'),
    ])
    .where(sql<boolean>`people.id = ANY(${ids}::uuid[])`)
    .where('people.status', '<>', 'left')
    .execute();
}

/** L&D (and owners): who is reminded of a theme coming up. */
export const learningAdmins = async (tenant: TenantDb) =>
  (
    await tenant
      .selectFrom('person_roles')
      .innerJoin('people', (join) =>
        join
          .onRef('people.organisation_id', '=', 'person_roles.organisation_id')
          .onRef('people.id', '=', 'person_roles.person_id'),
      )
      .select('people.id')
      .where('person_roles.role', '=', 'ld_admin')
      .where('people.status', '<>', 'left')
      .distinct()
      .execute()
  ).map((row) => row.id);

export const organisationsWithSettingsOrLearning = async (db: Executor) =>
  (await db.selectFrom('organisations').select('id').execute()).map((row) => row.id);
