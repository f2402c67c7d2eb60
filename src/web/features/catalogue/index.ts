// What other features may use from the catalogue's admin: onboarding's rules use the same audience criteria.

export { useAdminItems } from './catalogue-admin-api.ts';
export { type Criteria, noCriteria, RuleCriteriaFields } from './rule-criteria-fields.tsx';
