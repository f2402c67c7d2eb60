import { defineModule } from '../../core/module.ts';
import { peopleRoutes } from './people.routes.ts';

export const peopleModule = defineModule({
  name: 'people',
  routes: peopleRoutes,
});
