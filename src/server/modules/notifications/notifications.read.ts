import type { Ctx } from '../../core/context.ts';
import { personIdOf } from '../access/index.ts';
import {
  countUnread,
  digestPreferenceOf,
  latestOf,
  type NotificationRow,
} from './notifications.repository.ts';

const presentNotification = (row: NotificationRow) => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  link: row.link,
  createdAt: row.created_at.toISOString(),
  isRead: row.read_at !== null,
});

/** My latest notifications, with the number unread (for the bell). */
export async function myNotifications(ctx: Ctx, query: { limit: number }) {
  const personId = personIdOf(ctx.auth);
  const [rows, unread] = await Promise.all([
    latestOf(ctx.db, personId, query.limit),
    countUnread(ctx.db, personId),
  ]);
  return { items: rows.map(presentNotification), unread };
}

export async function myPreferences(ctx: Ctx) {
  return { emailDigest: await digestPreferenceOf(ctx.db, personIdOf(ctx.auth)) };
}
