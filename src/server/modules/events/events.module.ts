import { defineModule } from '../../core/module.ts';
import { eventsPersonalData } from './events.personal-data.ts';
import { calendarSessionsOf } from './events.read.ts';
import { remindUpcomingSessions } from './events.reminders.job.ts';
import { eventRoutes } from './events.routes.ts';
import './events.events.ts';

/** Events and workshops: sessions, seats, waitlist, invitations, reminders, attendance (issue 15). */
export const eventsModule = defineModule({
  name: 'events',
  personalData: eventsPersonalData,
  routes: eventRoutes,
  // Every quarter of an hour: sessions starting within a day remind the people with a seat.
  jobs: [{ name: 'events.remind', cron: '*/15 * * * *', run: (deps) => remindUpcomingSessions(deps) }],
  provides: { calendarSessionsOf },
});
