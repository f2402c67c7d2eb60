export { organisationRoutes } from './organisations.routes.ts';
