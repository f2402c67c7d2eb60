import { defineModule } from '../../core/module.ts';
import { goalRoutes } from './goals.routes.ts';

export const goalsModule = defineModule({
  name: 'goals',
  routes: goalRoutes,
});
