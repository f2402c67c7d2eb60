export { enrol } from './enrolment.service.ts';
export { learningFor } from './learning-for.ts';
export { applyAllRules, applyRules } from './rules.service.ts';
