import { defineModule } from '../../core/module.ts';
import { planRoutes } from './plans.routes.ts';

export const plansModule = defineModule({
  name: 'plans',
  routes: planRoutes,
});
