import { defineModule } from '../../core/module.ts';
import { scormRoutes } from './scorm.routes.ts';
import './scorm.events.ts';

/** SCORM 1.2 and 2004 packages: import, versions, the runtime's commits, reports (issue 13). */
export const scormModule = defineModule({
  name: 'scorm',
  routes: scormRoutes,
});
