import { sql } from 'kysely';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

export const findAnnouncement = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirst();
export type AnnouncementRow = NonNullable<Awaited<ReturnType<typeof findAnnouncement>>>;

export async function translationsOf(tenant: TenantDb, ids: string[]) {
  if (ids.length === 0) return [];
  return tenant
    .selectFrom('announcement_translations')
    .selectAll()
    .where('announcement_id', 'in', ids)
    .execute();
}
export type TranslationRow = Awaited<ReturnType<typeof translationsOf>>[number];

export function pickTranslation(rows: TranslationRow[], id: string, locale: Locale, fallback: Locale) {
  const own = rows.filter((row) => row.announcement_id === id);
  return own.find((row) => row.locale === locale) ?? own.find((row) => row.locale === fallback) ?? own[0];
}

/** The SQL condition "this person is in the announcement's audience". */
export const inAudience = (unitLine: string[], roles: string[]) => sql<boolean>`(
  announcements.audience_kind = 'everyone'
  OR (announcements.audience_kind = 'units' AND announcements.audience_unit_ids && ${sql.val(unitLine)}::uuid[])
  OR (announcements.audience_kind = 'roles' AND announcements.audience_roles && ${sql.val(roles)}::text[]))`;

/**
 * A person's home feed, before the weekly echo cap: pinned ones, new ones (unread, last 30 days),
 * ones still waiting for "gelezen en begrepen", and echoes whose rhythm says it is time again.
 */
export async function feedCandidates(
  tenant: TenantDb,
  personId: string,
  unitLine: string[],
  roles: string[],
  now: Date,
) {
  return tenant
    .selectFrom('announcements')
    .leftJoin('announcement_receipts as r', (join) =>
      join
        .onRef('r.organisation_id', '=', 'announcements.organisation_id')
        .onRef('r.announcement_id', '=', 'announcements.id')
        .on('r.person_id', '=', personId),
    )
    .selectAll('announcements')
    .select(['r.read_at', 'r.acknowledged_at', 'r.last_echoed_at'])
    .where('announcements.publish_at', '<=', now)
    .where(inAudience(unitLine, roles))
    .where((eb) =>
      eb.or([
        eb('announcements.is_pinned', '=', true),
        eb.and([
          eb('r.read_at', 'is', null),
          eb('announcements.publish_at', '>', new Date(now.getTime() - 30 * 86_400_000)),
        ]),
        eb.and([
          eb('announcements.requires_acknowledgement', '=', true),
          eb('r.acknowledged_at', 'is', null),
        ]),
        eb.and([
          eb('announcements.echo_every_days', 'is not', null),
          eb('r.read_at', 'is not', null),
          sql<boolean>`(announcements.echo_until IS NULL OR announcements.echo_until >= ${now.toISOString().slice(0, 10)}::date)`,
          sql<boolean>`coalesce(r.last_echoed_at, r.read_at) + make_interval(days => announcements.echo_every_days) <= ${now}`,
        ]),
      ]),
    )
    .orderBy('announcements.publish_at', 'desc')
    .limit(50)
    .execute();
}
export type FeedRow = Awaited<ReturnType<typeof feedCandidates>>[number];
