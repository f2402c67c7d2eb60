import { defineModule } from '../../core/module.ts';
import { workoutsPersonalData } from './workouts.personal-data.ts';
import { workoutRoutes } from './workouts.routes.ts';
import './workouts.events.ts';

/** WorkOuts: a team's group assignment on the work floor, reflections, next steps (issue 15). */
export const workoutsModule = defineModule({
  name: 'workouts',
  personalData: workoutsPersonalData,
  routes: workoutRoutes,
});
