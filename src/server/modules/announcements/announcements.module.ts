import { defineModule } from '../../core/module.ts';
import { announcementRoutes } from './announcements.routes.ts';
import { notifyScheduledAnnouncements } from './announcements.service.ts';

export const announcementsModule = defineModule({
  name: 'announcements',
  routes: announcementRoutes,
  // Every minute: scheduled announcements whose time has come notify their audience.
  jobs: [
    { name: 'announcements.publish', cron: '* * * * *', run: (deps) => notifyScheduledAnnouncements(deps) },
  ],
});
