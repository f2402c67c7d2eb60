// What other modules may use from the catalogue (development's plan actions and suggestions, skills'
// gap view, conversations' suggested learning).

export { learningFor } from './browse/learning-for.ts';
export { enrol } from './learning/enrolment.service.ts';
export { enrolmentsWithProgress } from './learning/learner.repository.ts';
export { applyRules } from './rules/rules.service.ts';
