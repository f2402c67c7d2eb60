// What other modules may use from events: the reminders job (the job runner), and the sign-ups waiting
// for a manager's approval (home's approvals inbox).
export { workshopApprovals } from './events.read.ts';
export { remindUpcomingSessions } from './events.reminders.job.ts';
export { approvalRequestSchema } from './events.schemas.ts';
