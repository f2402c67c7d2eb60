import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { EmailDigest } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

export type NewNotification = {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  emailed_at: Date | null;
};

/** One notification for each person; large audiences go in chunks so no statement carries too much. */
export async function insertNotifications(
  tenant: TenantDb,
  personIds: readonly string[],
  row: NewNotification,
) {
  for (let start = 0; start < personIds.length; start += 1000) {
    await tenant
      .insertInto(
        'notifications',
        personIds.slice(start, start + 1000).map((id) => ({ person_id: id, ...row })),
      )
      .execute();
  }
}

export function latestOf(tenant: TenantDb, personId: string, limit: number) {
  return tenant
    .selectFrom('notifications')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

export type NotificationRow = Awaited<ReturnType<typeof latestOf>>[number];

export async function countUnread(tenant: TenantDb, personId: string) {
  const row = await tenant
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the person's notification read; false when it was read already or is not theirs. */
export async function markRead(tenant: TenantDb, personId: string, notificationId: string, at: Date) {
  const result = await tenant
    .updateTable('notifications')
    .set({ read_at: at })
    .where('id', '=', notificationId)
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function isNotificationOf(tenant: TenantDb, personId: string, notificationId: string) {
  const row = await tenant
    .selectFrom('notifications')
    .select('id')
    .where('id', '=', notificationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Boolean(row);
}

export async function markAllRead(tenant: TenantDb, personId: string, at: Date) {
  await tenant
    .updateTable('notifications')
    .set({ read_at: at })
    .where('person_id', '=', personId)
    .where('read_at', 'is', null)
    .execute();
}

export async function digestPreferenceOf(tenant: TenantDb, personId: string): Promise<EmailDigest> {
  const row = await tenant
    .selectFrom('notification_preferences')
    .select('email_digest')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.email_digest ?? 'daily';
}

export async function saveDigestPreference(tenant: TenantDb, personId: string, emailDigest: EmailDigest) {
  await tenant
    .insertInto('notification_preferences', { person_id: personId, email_digest: emailDigest })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'person_id']).doUpdateSet({ email_digest: emailDigest }),
    )
    .execute();
}

/** The organisations where someone has unread news not e-mailed yet: the digest job's work list. */
export async function organisationsWithPendingNews(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('notifications')
    .select('organisation_id')
    .where('emailed_at', 'is', null)
    .where('read_at', 'is', null)
    .distinct()
    .execute();
  return rows.map((row) => row.organisation_id);
}

/**
 * Unread notifications not e-mailed yet, oldest first, of current people who want a digest, with their
 * address, language and when they last had one. Those who want no e-mail are skipped in the query,
 * so they never crowd out the others.
 */
export function pendingNews(tenant: TenantDb, limit: number) {
  return tenant
    .selectFrom('notifications')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'notifications.organisation_id')
        .onRef('people.id', '=', 'notifications.person_id'),
    )
    .leftJoin('notification_preferences as np', (join) =>
      join
        .onRef('np.organisation_id', '=', 'notifications.organisation_id')
        .onRef('np.person_id', '=', 'notifications.person_id'),
    )
    .select([
      'notifications.person_id',
      'notifications.id',
      'notifications.title',
      'people.email',
      'people.given_name',
      'people.locale',
      sql<EmailDigest>`coalesce(np.email_digest, 'daily')`.as('email_digest'),
      'np.last_digest_at',
    ])
    .where('notifications.emailed_at', 'is', null)
    .where('notifications.read_at', 'is', null)
    .where(sql<boolean>`coalesce(np.email_digest, 'daily') <> 'off'`)
    .where('people.status', '<>', 'left')
    .orderBy('notifications.created_at')
    .limit(limit)
    .execute();
}

export type PendingNews = Awaited<ReturnType<typeof pendingNews>>[number];

/** The digest went out: its notifications are e-mailed, and the person's clock starts again. */
export async function markDigestSent(
  tenant: TenantDb,
  personId: string,
  notificationIds: readonly string[],
  at: Date,
) {
  await tenant
    .updateTable('notifications')
    .set({ emailed_at: at })
    .where('id', 'in', notificationIds)
    .execute();
  await tenant
    .insertInto('notification_preferences', { person_id: personId, last_digest_at: at })
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doUpdateSet({ last_digest_at: at }))
    .execute();
}

/** The language the organisation writes in when a person has not chosen one. */
export async function organisationLocale(db: Db | TenantDb['executor'], organisationId: string) {
  const row = await db
    .selectFrom('organisations')
    .select('default_locale')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return row.default_locale;
}
