// What other modules may use from events: the reminders job (the job runner), the sign-ups waiting for
// a manager's approval (home's approvals inbox), and what programmes build their sessions on.
export { eventView, sessionsById, workshopApprovals } from './events.read.ts';
export { remindUpcomingSessions } from './events.reminders.job.ts';
export { approvalRequestSchema } from './events.schemas.ts';
export { createEvent } from './events.service.ts';
export { signUp } from './events.signup.batch.ts';
export { cancelRegistration } from './events.signup.service.ts';
