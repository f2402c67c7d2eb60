// What other modules may use from the catalogue (development's plan actions and suggestions, skills'
// gap view, conversations' suggested learning) and SCORM's packages and runtime.

export { learningFor } from './browse/learning-for.ts';
// Credentials issues every certificate as an Open Badges 3.0 credential.
export {
  type CertificateFacts,
  certificatesForCredentials,
} from './certificates/certificates.credentials.ts';
export { addContentItem, reviseContentItem } from './content/content.service.ts';
export { changePublicationStatus, setPublicationStatus } from './content/publication.service.ts';
export { raiseProgress } from './external-progress.ts';
// Learning time books completed items with a duration as time learned (source: progress).
export { completionsWithDuration } from './learning/completed-minutes.ts';
export {
  completeContent,
  type Finished,
  reopenContent,
  touchEnrolments,
} from './learning/completion.service.ts';
export { enrol, enrolEach } from './learning/enrolment.service.ts';
// Insight: learning records for its summary job, goal tags, ratings and overdue assignments.
export {
  learningRecordFacts,
  learningTaggedToGoals,
  overdueEnrolments,
  ratingsSummary,
} from './learning/insight-facts.ts';
export { enrolmentsWithProgress, isEnrolmentOf } from './learning/learner.repository.ts';
export { assertContentUnlocked } from './learning/locks.ts';
// Campaigns: reaching people by the audience rules' criteria, nudges on enrolments, learning in a period.
export {
  enrolmentsToNudge,
  learningInPeriod,
  teamLearningFacts,
  teammatesFinished,
} from './learning/nudge-facts.ts';
export { itemForLearner } from './learning/player.read.ts';
export { ensureProgress } from './learning/player.service.ts';
// The approvals inbox (home) lists on-the-job assignments of my reports to confirm.
export { teamLearning } from './oversight/oversight.read.ts';
// Onboarding and campaigns reach people with the same audience criteria as the enrolment rules.
export { assertAudienceUnits, peopleInAudience } from './rules/audience.ts';
export { audienceOf } from './rules/rules.repository.ts';
export { type AudienceCriteria, audienceCriteria } from './rules/rules.schemas.ts';
export { applyRules, assertAudience } from './rules/rules.service.ts';
export { type SubjectRef, subjectTitles } from './subjects.ts';
export { completionsOf, contentHeadlines, learningMinutes, pathTitles } from './titles.ts';
