import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { NudgeKind } from './campaigns.schemas.ts';

// Every message to a person is a contact: the weekly cap, reach/opens/clicks and nudge repeats read them.

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
