import { defineModule } from '../../core/module.ts';
import './lti.events.ts';
import { ltiRoutes } from './lti.routes.ts';
import { ltiStandardPlugin } from './lti.standard.ts';

/** LTI 1.3 Advantage platform (issue 19): tools, launches, deep linking, AGS, NRPS. */
export const ltiModule = defineModule({
  name: 'lti',
  routes: ltiRoutes,
  mounts: (deps) => [{ prefix: '', plugin: ltiStandardPlugin(deps) }],
});
