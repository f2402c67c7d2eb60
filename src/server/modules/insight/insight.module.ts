import { defineModule } from '../../core/module.ts';
import './insight.events.ts';
import { sendMonthlyReports } from './insight.monthly-report.ts';
import { insightPersonalData } from './insight.personal-data.ts';
import { refreshAll } from './insight.refresh.ts';
import { insightRoutes } from './insight.routes.ts';

/** Dashboards at every ITO level over summary tables (issue 18; docs/INSIGHT.md). */
export const insightModule = defineModule({
  name: 'insight',
  personalData: insightPersonalData,
  routes: insightRoutes,
  jobs: [
    // The days touched since the last run; the nightly rebuild also catches deletions and unit moves.
    { name: 'insight.refresh', cron: '*/15 * * * *', run: (deps) => refreshAll(deps) },
    { name: 'insight.rebuild', cron: '30 2 * * *', run: (deps) => refreshAll(deps, { rebuild: true }) },
    // Daily: last month's report to whoever has not had it yet (one per person per month), after the rebuild.
    { name: 'insight.monthly-report', cron: '0 6 * * *', run: (deps) => sendMonthlyReports(deps) },
  ],
});
