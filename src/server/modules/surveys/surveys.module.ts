import { defineModule } from '../../core/module.ts';
import { runSurveySchedule } from './surveys.job.ts';
import { surveyRoutes } from './surveys.routes.ts';
import './surveys.events.ts';

/** Pulse surveys and the Learning Zone check, anonymous by construction (issue 18). */
export const surveysModule = defineModule({
  name: 'surveys',
  routes: surveyRoutes,
  // Every quarter of an hour: open scheduled surveys (inviting their audience) and close ended ones.
  jobs: [{ name: 'surveys.schedule', cron: '*/15 * * * *', run: (deps) => runSurveySchedule(deps) }],
});
