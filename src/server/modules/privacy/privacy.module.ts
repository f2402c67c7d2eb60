import { defineModule } from '../../core/module.ts';
import './privacy.events.ts';
import { buildOrganisationExports } from './privacy.organisation-export.ts';
import { privacyRoutes } from './privacy.routes.ts';
import { applyRetention } from './privacy.service.ts';

/** The person's data: export, erasure with retention, and the organisation's export (issue 20). */
export const privacyModule = defineModule({
  name: 'privacy',
  routes: privacyRoutes,
  jobs: [
    // Daily: erase what has outlived its retention period.
    { name: 'privacy.retention', cron: '30 2 * * *', run: (deps) => applyRetention(deps) },
    // Every minute: build the organisation exports that were asked for.
    {
      name: 'privacy.organisation-exports',
      cron: '* * * * *',
      run: (deps) => buildOrganisationExports(deps),
    },
  ],
});
