export { orgUnitRoutes } from './org-units.routes.ts';
export { createOrgUnit } from './org-units.service.ts';
