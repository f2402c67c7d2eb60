export { scormContentRoutes } from './serving/content.routes.ts';
export { registerContentHost } from './serving/content-host.ts';
