import { defineModule } from '../../core/module.ts';
import { learningTimePersonalData } from './learning-time.personal-data.ts';
import { bookProgressTime } from './learning-time.progress.job.ts';
import { learningTimeRoutes } from './learning-time.routes.ts';
import './learning-time.events.ts';

/** Learning time in work hours: norms, time learned, reserved blocks, the calendar feed (issue 15). */
export const learningTimeModule = defineModule({
  name: 'learning-time',
  personalData: learningTimePersonalData,
  routes: learningTimeRoutes,
  // Every ten minutes: completed online learning with a duration books time learned (source progress).
  jobs: [{ name: 'learning-time.progress', cron: '*/10 * * * *', run: (deps) => bookProgressTime(deps) }],
});
