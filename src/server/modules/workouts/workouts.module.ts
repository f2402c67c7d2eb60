import { defineModule } from '../../core/module.ts';
import { workoutsPersonalData } from './workouts.personal-data.ts';
import { remindReflections } from './workouts.reminders.job.ts';
import { workoutRoutes } from './workouts.routes.ts';
import './workouts.events.ts';

/** WorkOuts: a team's group assignment on the work floor, reflections, next steps (issue 15). */
export const workoutsModule = defineModule({
  name: 'workouts',
  personalData: workoutsPersonalData,
  routes: workoutRoutes,
  // Every morning: participants who have not reflected two days after the session get one reminder.
  jobs: [{ name: 'workouts.remind_reflections', cron: '0 7 * * *', run: (deps) => remindReflections(deps) }],
});
