import { sql } from 'kysely';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { organisationToday } from '../organisations/index.ts';

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

/**
 * A person's home feed in one statement (it is on every home page, so round trips count): pinned
 * ones, new ones (unread, last 30 days), ones still waiting for "gelezen en begrepen", and echoes
 * whose rhythm says it is time again, before their echo_until date and only while the person's
 * echoes of the past week stay under the organisation's cap. Each row carries the reader's
 * translation (else the organisation default, else any). The audience test uses the person's unit
 * line (their unit and every unit above it), worked out in the same statement.
 */
export async function feedCandidates(
  tenant: TenantDb,
  options: { personId: string; roles: string[]; locale: Locale; defaultEchoCap: number; now: Date },
) {
  const { personId, now } = options;
  const organisationId = tenant.organisationId;
  const today = await organisationToday(tenant, organisationId, now);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const capKey = 'announcementEchoCapPerWeek';
  const result = await sql<AnnouncementRow & FeedExtras>`
    WITH RECURSIVE line AS (
      SELECT u.id, u.parent_id, 1 AS depth FROM org_units u
        JOIN people p ON p.organisation_id = u.organisation_id AND p.id = ${personId} AND p.org_unit_id = u.id
       WHERE u.organisation_id = ${organisationId}
      UNION ALL
      SELECT u.id, u.parent_id, line.depth + 1 FROM org_units u JOIN line ON u.id = line.parent_id
       WHERE u.organisation_id = ${organisationId} AND line.depth < 50
    ),
    organisation AS (
      SELECT default_locale,
             CASE WHEN settings->>${capKey} ~ '^[0-9]{1,3}$' THEN (settings->>${capKey})::int
                  ELSE ${options.defaultEchoCap}::int END AS echo_cap
        FROM organisations WHERE id = ${organisationId}
    ),
    echoes AS (
      SELECT count(*)::int AS this_week FROM announcement_echoes
       WHERE organisation_id = ${organisationId} AND person_id = ${personId} AND shown_at > ${weekAgo}
    )
    SELECT a.*, r.read_at, r.acknowledged_at, r.last_echoed_at,
           t.locale, t.title, t.body_html, echoes.this_week AS echoes_this_week, organisation.echo_cap
      FROM announcements a
     CROSS JOIN organisation CROSS JOIN echoes
      LEFT JOIN announcement_receipts r
        ON r.organisation_id = a.organisation_id AND r.announcement_id = a.id AND r.person_id = ${personId}
      LEFT JOIN LATERAL (
        SELECT locale, title, body_html FROM announcement_translations tr
         WHERE tr.organisation_id = a.organisation_id AND tr.announcement_id = a.id
         ORDER BY tr.locale = ${options.locale} DESC, tr.locale = organisation.default_locale DESC, tr.locale
         LIMIT 1
      ) t ON true
     WHERE a.organisation_id = ${organisationId} AND a.publish_at <= ${now}
       AND (a.audience_kind = 'everyone'
         OR (a.audience_kind = 'units' AND a.audience_unit_ids && ARRAY(SELECT id FROM line))
         OR (a.audience_kind = 'roles' AND a.audience_roles && ${sql.val(options.roles)}::text[])
         OR (a.audience_kind = 'units_and_roles' AND a.audience_unit_ids && ARRAY(SELECT id FROM line)
             AND a.audience_roles && ${sql.val(options.roles)}::text[]))
       AND (a.is_pinned
         OR (r.read_at IS NULL AND a.publish_at > ${monthAgo})
         OR (a.requires_acknowledgement AND r.acknowledged_at IS NULL)
         OR (a.echo_every_days IS NOT NULL AND r.read_at IS NOT NULL
             AND echoes.this_week < organisation.echo_cap
             AND (a.echo_until IS NULL OR a.echo_until >= ${today}::date)
             AND coalesce(r.last_echoed_at, r.read_at) + make_interval(days => a.echo_every_days) <= ${now}))
     ORDER BY a.publish_at DESC
     LIMIT 50`.execute(tenant.executor);
  return result.rows;
}
type FeedExtras = {
  read_at: Date | null;
  acknowledged_at: Date | null;
  last_echoed_at: Date | null;
  locale: Locale | null;
  title: string | null;
  body_html: string | null;
  echoes_this_week: number;
  echo_cap: number;
};
export type FeedRow = Awaited<ReturnType<typeof feedCandidates>>[number];
