// Events are reached over HTTP and the calendar-feed port; nothing else calls into them yet.
export { remindUpcomingSessions } from './events.reminders.job.ts';
