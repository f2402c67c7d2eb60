import { sql } from 'kysely';
import { type InterfaceLocale, languageFor, readingOrder } from '../../core/content-languages.ts';
import type { Executor } from '../../db/database.ts';
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

/** A reader's languages: their content language (null: none chosen), interface language, default. */
export type Reader = { language: string | null; locale: InterfaceLocale; fallback: InterfaceLocale };

/** The text of an announcement a reader gets, by the shared content-language rule. */
export function pickTranslation(rows: TranslationRow[], id: string, reader: Reader) {
  const own = rows.filter((row) => row.announcement_id === id);
  const language = languageFor(
    own.map((row) => row.locale),
    reader,
  );
  return own.find((row) => row.locale === language);
}

/**
 * A person's home feed in one statement (it is on every home page, so round trips count): pinned
 * ones, new ones (unread, last 30 days), ones still waiting for "gelezen en begrepen", and echoes
 * whose rhythm says it is time again, before their echo_until date and only while the person's
 * echoes of the past week stay under the organisation's cap. Each row carries the reader's
 * translation (by the shared reading order, else the organisation default, else any). The audience test uses the person's unit
 * line (their unit and every unit above it), worked out in the same statement.
 */
export async function feedCandidates(
  tenant: TenantDb,
  options: {
    personId: string;
    roles: string[];
    locale: Locale;
    language: string | null;
    defaultEchoCap: number;
    now: Date;
  },
) {
  const { personId, now } = options;
  const organisationId = tenant.organisationId;
  const today = await organisationToday(tenant, organisationId, now);
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const capKey = 'announcementEchoCapPerWeek';
  const order = readingOrder(options.language, options.locale);
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
         ORDER BY array_position(${sql.val(order)}::text[], tr.locale),
                  tr.locale = organisation.default_locale DESC, tr.locale
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
  locale: string | null;
  title: string | null;
  body_html: string | null;
  echoes_this_week: number;
  echo_cap: number;
};
export type FeedRow = Awaited<ReturnType<typeof feedCandidates>>[number];

export const listAnnouncementRows = (tenant: TenantDb) =>
  tenant.selectFrom('announcements').selectAll().orderBy('created_at', 'desc').limit(200).execute();

export const receiptOf = (tenant: TenantDb, announcementId: string, personId: string) =>
  tenant
    .selectFrom('announcement_receipts')
    .select(['read_at', 'acknowledged_at'])
    .where('announcement_id', '=', announcementId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

export const receiptsOf = (tenant: TenantDb, announcementId: string) =>
  tenant
    .selectFrom('announcement_receipts')
    .select(['person_id', 'acknowledged_at'])
    .where('announcement_id', '=', announcementId)
    .execute();

export type AnnouncementColumns = Partial<
  Pick<
    AnnouncementRow,
    | 'audience_kind'
    | 'audience_unit_ids'
    | 'audience_roles'
    | 'publish_at'
    | 'requires_acknowledgement'
    | 'is_pinned'
    | 'echo_every_days'
    | 'echo_until'
  >
>;

export const insertAnnouncement = (
  tenant: TenantDb,
  values: AnnouncementColumns & {
    audience_kind: AnnouncementRow['audience_kind'];
    created_by: string | null;
  },
) => tenant.insertInto('announcements', values).returning('id').executeTakeFirstOrThrow();

export const updateAnnouncementRow = (tenant: TenantDb, id: string, set: AnnouncementColumns, at: Date) =>
  tenant
    .updateTable('announcements')
    .set({ ...set, updated_at: at })
    .where('id', '=', id)
    .execute();

/** The announcement's texts, one per language, replaced as a whole. */
export async function replaceTranslations(
  tenant: TenantDb,
  id: string,
  translations: { locale: string; title: string; body_html: string }[],
) {
  await tenant.deleteFrom('announcement_translations').where('announcement_id', '=', id).execute();
  await tenant
    .insertInto(
      'announcement_translations',
      translations.map((t) => ({ announcement_id: id, ...t })),
    )
    .execute();
}

export async function countKnownUnits(tenant: TenantDb, unitIds: string[]) {
  const units = await tenant.selectFrom('org_units').select('id').where('id', 'in', unitIds).execute();
  return units.length;
}

export const unitNames = (tenant: TenantDb, unitIds: string[]) =>
  unitIds.length
    ? tenant.selectFrom('org_units').select(['id', 'name']).where('id', 'in', unitIds).execute()
    : Promise.resolve([]);

/** Published announcements whose audience has not been told yet. */
export const dueForNotice = (tenant: TenantDb, now: Date) =>
  tenant
    .selectFrom('announcements')
    .selectAll()
    .where('publish_at', '<=', now)
    .where('notified_at', 'is', null)
    .execute();

export const markNotified = (tenant: TenantDb, id: string, now: Date) =>
  tenant.updateTable('announcements').set({ notified_at: now }).where('id', '=', id).execute();

/** For the job: the organisations with an announcement whose audience is still to be told. */
export async function organisationsWithDueNotices(db: Executor, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('announcements')
    .select('organisation_id')
    .distinct()
    .where('publish_at', '<=', now)
    .where('notified_at', 'is', null)
    .execute();
  return rows.map((row) => row.organisation_id);
}

export async function defaultLocaleOf(tenant: TenantDb): Promise<Locale> {
  const organisation = await tenant.executor
    .selectFrom('organisations')
    .select('default_locale')
    .where('id', '=', tenant.organisationId)
    .executeTakeFirstOrThrow();
  return organisation.default_locale;
}

export const localesOf = (tenant: TenantDb, personIds: string[]) =>
  personIds.length
    ? tenant.selectFrom('people').select(['id', 'locale']).where('id', 'in', personIds).execute()
    : Promise.resolve([]);

/** A read receipt; acknowledging keeps the first acknowledgement, reading again keeps the first read. */
export async function saveReceipt(
  tenant: TenantDb,
  receipt: { announcementId: string; personId: string; acknowledge: boolean; now: Date },
) {
  const { now, acknowledge } = receipt;
  await tenant
    .insertInto('announcement_receipts', {
      announcement_id: receipt.announcementId,
      person_id: receipt.personId,
      read_at: now,
      acknowledged_at: acknowledge ? now : null,
    })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'announcement_id', 'person_id'])
        .doUpdateSet(
          acknowledge
            ? { acknowledged_at: sql`coalesce(announcement_receipts.acknowledged_at, ${now})` }
            : { read_at: sql`announcement_receipts.read_at` },
        ),
    )
    .execute();
}

/** Holds one person's echo claims until the caller's transaction commits. */
export async function lockEchoesOf(tenant: TenantDb, personId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`echo:${personId}`}))`.execute(tenant.executor);
}

export async function echoesSince(tenant: TenantDb, personId: string, since: Date) {
  const row = await tenant
    .selectFrom('announcement_echoes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('shown_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the wanted echoes shown (those still due) and remembers them; returns the ones marked. */
export async function markEchoed(tenant: TenantDb, personId: string, wanted: string[], now: Date) {
  const claimed = await sql<{ announcement_id: string }>`
    UPDATE announcement_receipts AS r SET last_echoed_at = ${now}
      FROM announcements AS a
     WHERE r.organisation_id = ${tenant.organisationId} AND r.person_id = ${personId}
       AND r.announcement_id = ANY(${sql.val(wanted)}::uuid[])
       AND a.organisation_id = r.organisation_id AND a.id = r.announcement_id
       AND coalesce(r.last_echoed_at, r.read_at) + make_interval(days => a.echo_every_days) <= ${now}
    RETURNING r.announcement_id`.execute(tenant.executor);
  const ids = claimed.rows.map((row) => row.announcement_id);
  if (ids.length)
    await tenant
      .insertInto(
        'announcement_echoes',
        ids.map((id) => ({ announcement_id: id, person_id: personId, shown_at: now })),
      )
      .execute();
  return ids;
}
