import { defineModule } from '../../core/module.ts';
import { personAccount } from './people.repository.ts';
import { peopleRoutes } from './people.routes.ts';

export const peopleModule = defineModule({
  name: 'people',
  routes: peopleRoutes,
  provides: { personAccount },
});
