import { sql } from 'kysely';
import type { Db, Executor } from '../../db/database.ts';
import type { EmailDigest } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { queueMail } from '../mail/index.ts';

export type NotificationInput = {
  kind: string;
  title: string;
  body?: string;
  link?: string | null;
  /** The caller e-mailed it already (a personal request): keep it out of the digest. */
  isEmailed?: boolean;
};

/**
 * Puts an in-app notification on someone's bell, inside the caller's transaction when given one.
 * Every module uses this (through index.ts); the e-mail digest picks unread ones up later.
 */
export async function notify(
  db: Executor | TenantDb,
  organisationId: string,
  personId: string | string[],
  notification: NotificationInput,
): Promise<void> {
  const tenant = 'organisationId' in db ? db : forOrganisation(db, organisationId);
  const ids = [...new Set(Array.isArray(personId) ? personId : [personId])];
  if (ids.length === 0) return;
  // Large audiences go in chunks so one statement never carries too many parameters.
  for (let start = 0; start < ids.length; start += 1000) {
    await tenant
      .insertInto(
        'notifications',
        ids.slice(start, start + 1000).map((id) => ({
          person_id: id,
          kind: notification.kind,
          title: notification.title,
          body: notification.body ?? '',
          link: notification.link ?? null,
          emailed_at: notification.isEmailed ? new Date() : null,
        })),
      )
      .execute();
  }
}

export async function emailDigestOf(tenant: TenantDb, personId: string): Promise<EmailDigest> {
  const row = await tenant
    .selectFrom('notification_preferences')
    .select('email_digest')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.email_digest ?? 'daily';
}

export async function setEmailDigest(tenant: TenantDb, personId: string, emailDigest: EmailDigest) {
  await tenant
    .insertInto('notification_preferences', { person_id: personId, email_digest: emailDigest })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'person_id']).doUpdateSet({ email_digest: emailDigest }),
    )
    .execute();
}

const dayMs = 86_400_000;

/**
 * The e-mail digest: per person whose preference is due, one message listing their unread
 * notifications that were not e-mailed yet. Runs as a pg-boss job; returns how many mails it queued.
 */
export async function sendNotificationDigests(db: Db, now = new Date()): Promise<number> {
  const pending = await db
    .selectFrom('notifications as n')
    .innerJoin('people as p', (join) =>
      join.onRef('p.organisation_id', '=', 'n.organisation_id').onRef('p.id', '=', 'n.person_id'),
    )
    .innerJoin('organisations as o', 'o.id', 'n.organisation_id')
    .leftJoin('notification_preferences as np', (join) =>
      join.onRef('np.organisation_id', '=', 'n.organisation_id').onRef('np.person_id', '=', 'n.person_id'),
    )
    .select([
      'n.organisation_id',
      'n.person_id',
      'n.id',
      'n.title',
      'n.link',
      'p.email',
      'p.given_name',
      'p.locale',
      'p.status',
      'o.default_locale',
      sql<EmailDigest>`coalesce(np.email_digest, 'daily')`.as('email_digest'),
      'np.last_digest_at',
    ])
    .where('n.emailed_at', 'is', null)
    .where('n.read_at', 'is', null)
    // Those who want no e-mail are skipped in the query, so they never crowd out the others.
    .where(sql<boolean>`coalesce(np.email_digest, 'daily') <> 'off'`)
    .where('p.status', '<>', 'left')
    .orderBy('n.created_at')
    .limit(5000)
    .execute();
  const byPerson = new Map<string, typeof pending>();
  for (const row of pending) {
    const interval = row.email_digest === 'daily' ? dayMs : row.email_digest === 'weekly' ? 7 * dayMs : null;
    if (interval === null) continue;
    if (row.last_digest_at && now.getTime() - row.last_digest_at.getTime() < interval - 60_000) continue;
    const key = `${row.organisation_id}/${row.person_id}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), row]);
  }
  let sent = 0;
  for (const rows of byPerson.values()) {
    const first = rows[0]!;
    await forOrganisation(db, first.organisation_id).transaction(async (tenant) => {
      const locale = first.locale ?? first.default_locale;
      await queueMail(tenant, {
        to: first.email,
        kind: 'notification_digest',
        locale,
        vars: {
          name: first.given_name,
          count: String(rows.length),
          items: rows.map((row) => `- ${row.title}`).join('\n'),
        },
      });
      await tenant
        .updateTable('notifications')
        .set({ emailed_at: now })
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
      await tenant
        .insertInto('notification_preferences', { person_id: first.person_id, last_digest_at: now })
        .onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doUpdateSet({ last_digest_at: now }))
        .execute();
    });
    sent++;
  }
  return sent;
}
