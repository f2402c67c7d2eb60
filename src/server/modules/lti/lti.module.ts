import { defineModule } from '../../core/module.ts';
import './lti.events.ts';
import { pruneSeenTokens } from './lti.replay.ts';
import { ltiRoutes } from './lti.routes.ts';
import { ltiStandardPlugin } from './lti.standard.ts';

/** LTI 1.3 Advantage platform (issue 19): tools, launches, deep linking, AGS, NRPS. */
export const ltiModule = defineModule({
  name: 'lti',
  routes: ltiRoutes,
  mounts: (deps) => [{ prefix: '', plugin: ltiStandardPlugin(deps) }],
  // Nightly: remembered token ids whose tokens have expired (they are refused as expired anyway).
  jobs: [{ name: 'lti.prune', cron: '40 3 * * *', run: ({ db }) => pruneSeenTokens(db, new Date()) }],
});
