// Events are reached over HTTP and the calendar-feed port; programmes build their sessions on them.
export { eventView, sessionsById } from './events.read.ts';
export { remindUpcomingSessions } from './events.reminders.job.ts';
export { cancelRegistration, createEvent, signUp } from './events.service.ts';
