export { createOrgUnit } from './org-units.service.ts';
