import { defineModule } from '../../core/module.ts';
import { sendNotificationDigests } from './notifications.digest.ts';
import { notificationsPersonalData } from './notifications.personal-data.ts';
import { notificationRoutes } from './notifications.routes.ts';

export const notificationsModule = defineModule({
  name: 'notifications',
  personalData: notificationsPersonalData,
  routes: notificationRoutes,
  // Hourly: people whose daily or weekly digest is due get their unread notifications by e-mail.
  jobs: [
    {
      name: 'notifications.digest',
      cron: '17 * * * *',
      run: ({ db, log, bus }) => sendNotificationDigests(db, new Date(), { log, bus }),
    },
  ],
});
