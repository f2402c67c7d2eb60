// What other modules may use from learning agreements: skills finds willing mentors, catalogue shows
// the agreement of an enrolment (through a port), conversations show answered follow-ups.
export {
  agreementsForEnrolments,
  answeredFollowupsOf,
  willingBuddies,
} from './learning-agreements.repository.ts';
