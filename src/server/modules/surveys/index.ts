// What other modules may call from surveys (nothing yet: the Learning Zone is read over HTTP).

// Insight's organisation figures respect the same minimum group size as the survey results.
export { type GroupCount, shownGroups } from './surveys.anonymity.ts';
export { thresholdOf as anonymityThreshold } from './surveys.repository.ts';
export { learningZone } from './surveys.zone.ts';
