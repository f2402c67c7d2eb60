// What other modules may use from learning agreements: skills finds willing mentors, catalogue shows
// the agreement of an enrolment (through a port), conversations show answered follow-ups.

// Talent reviews: of a team's agreements since a date, how many were agreed and followed up.
export { agreementCountsOf, agreementsKept } from './learning-agreements.figures.ts';
// Campaigns' nudges: follow-ups due.
export { followUpsDue } from './learning-agreements.nudges.ts';
// The approvals inbox (home) lists agreements waiting for my agreement.
export { myAgreements } from './learning-agreements.read.ts';
export {
  agreementsForEnrolments,
  answeredFollowupsOf,
  willingBuddies,
} from './learning-agreements.repository.ts';
export { agreementSchema } from './learning-agreements.schemas.ts';
