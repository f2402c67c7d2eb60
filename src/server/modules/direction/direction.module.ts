import { defineModule } from '../../core/module.ts';
import { directionRoutes } from './direction.routes.ts';

export const directionModule = defineModule({
  name: 'direction',
  routes: directionRoutes,
});
