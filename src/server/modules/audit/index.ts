export { auditRoutes } from './audit.routes.ts';
export { diff, type EventInput, recordEvent } from './audit.service.ts';
