import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { Executor } from '../../db/database.ts';
import type { EmailDigest } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import {
  digestPreferenceOf,
  insertNotifications,
  isNotificationOf,
  markAllRead,
  markRead,
  saveDigestPreference,
} from './notifications.repository.ts';

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
  await insertNotifications(tenant, ids, {
    kind: notification.kind,
    title: notification.title,
    body: notification.body ?? '',
    link: notification.link ?? null,
    emailed_at: notification.isEmailed ? new Date() : null,
  });
}

/** How often the person wants their unread notifications e-mailed (daily unless they chose). */
export const emailDigestOf = (tenant: TenantDb, personId: string) => digestPreferenceOf(tenant, personId);

export async function markNotificationRead(ctx: Ctx, notificationId: string) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    if (await markRead(tx.db, personId, notificationId, tx.now())) return;
    // Read already is fine; someone else's (or none) is not found.
    if (!(await isNotificationOf(tx.db, personId, notificationId))) throw notFound('Notification');
  });
}

export async function markAllNotificationsRead(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, (tx) => markAllRead(tx.db, personId, tx.now()));
}

export async function setEmailDigest(ctx: Ctx, emailDigest: EmailDigest) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, (tx) => saveDigestPreference(tx.db, personId, emailDigest));
  return { emailDigest };
}
