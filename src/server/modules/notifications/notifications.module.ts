import { defineModule } from '../../core/module.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { sendNotificationDigests } from './notifications.service.ts';

export const notificationsModule = defineModule({
  name: 'notifications',
  routes: notificationRoutes,
  // Hourly: people whose daily or weekly digest is due get their unread notifications by e-mail.
  jobs: [{ name: 'notifications.digest', cron: '17 * * * *', run: ({ db }) => sendNotificationDigests(db) }],
});
