import { defineModule } from '../../core/module.ts';
import { cmi5PersonalData } from './cmi5.personal-data.ts';
import './cmi5.events.ts';
import { courseRoutes } from './course/course.routes.ts';
import { abandonIdleSessions } from './launch/abandon.ts';
import { cmi5LrsPlugin } from './lrs/lrs.plugin.ts';
import { cmi5ContentRoutes } from './serving/content.routes.ts';

/** cmi5 courses (issue 14): import, launch, the session's LRS requests, moveOn to catalogue progress. */
export const cmi5Module = defineModule({
  name: 'cmi5',
  personalData: cmi5PersonalData,
  routes: courseRoutes,
  // Every five minutes: sessions silent for CMI5_SESSION_TIMEOUT_MINUTES are recorded as abandoned.
  jobs: [{ name: 'cmi5.abandon-idle', cron: '*/5 * * * *', run: (deps) => abandonIdleSessions(deps) }],
  mounts: (deps) => [
    // The fetch URL and the endpoint launched AUs write to, on the app's origin.
    { prefix: '/cmi5', plugin: cmi5LrsPlugin(deps) },
    // A zipped course's files, on the content origin only.
    { prefix: '', plugin: cmi5ContentRoutes(deps) },
  ],
});
