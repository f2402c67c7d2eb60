import { defineModule } from '../../core/module.ts';
import { runDevelopmentDaily } from './development.jobs.ts';
import { planRoutes } from './plans.routes.ts';

export const plansModule = defineModule({
  name: 'plans',
  routes: planRoutes,
  // Every morning: conversation reminders and learning-agreement follow-ups.
  jobs: [
    {
      name: 'development.daily',
      cron: '0 6 * * *',
      run: ({ db, config }) => runDevelopmentDaily(db, { baseUrl: config.baseUrl }),
    },
  ],
});
