import { defineModule } from '../../core/module.ts';
import { learningTimeRoutes } from './learning-time.routes.ts';
import './learning-time.events.ts';

/** Learning time in work hours: norms, time learned, reserved blocks, the calendar feed (issue 15). */
export const learningTimeModule = defineModule({
  name: 'learning-time',
  routes: learningTimeRoutes,
});
