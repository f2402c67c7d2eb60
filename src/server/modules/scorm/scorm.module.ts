import { defineModule } from '../../core/module.ts';
import { scormPersonalData } from './scorm.personal-data.ts';
import { scormRoutes } from './scorm.routes.ts';
import { scormContentRoutes } from './serving/content.routes.ts';
import './scorm.events.ts';

/** SCORM 1.2 and 2004 packages: import, versions, the runtime's commits, reports (issue 13). */
export const scormModule = defineModule({
  name: 'scorm',
  personalData: scormPersonalData,
  routes: scormRoutes,
  // Package files and the SCORM runtime, outside /api: answered on the content origin only.
  mounts: (deps) => [{ prefix: '', plugin: scormContentRoutes(deps) }],
});
