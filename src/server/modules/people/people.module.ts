import { defineModule } from '../../core/module.ts';
import { peoplePersonalData } from './people.personal-data.ts';
import { personAccount } from './people.repository.ts';
import { peopleRoutes } from './people.routes.ts';

export const peopleModule = defineModule({
  name: 'people',
  personalData: peoplePersonalData,
  routes: peopleRoutes,
  provides: { personAccount },
});
