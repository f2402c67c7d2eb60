import { z } from 'zod';

export const emailDigest = z.enum(['off', 'daily', 'weekly']);

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.iso.datetime(),
    isRead: z.boolean(),
  })
  .meta({ id: 'Notification' });

export const preferencesSchema = z.object({ emailDigest }).meta({ id: 'NotificationPreferences' });

export const notificationsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
