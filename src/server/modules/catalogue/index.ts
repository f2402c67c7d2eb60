export { insertContentItem } from './content.service.ts';
export { enrol } from './enrolment.service.ts';
export { enrolmentsWithProgress } from './learner.views.ts';
export { learningFor } from './learning-for.ts';
export { applyAllRules, applyRules, applyRulesToPeople } from './rules.service.ts';
