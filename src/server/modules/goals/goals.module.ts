import { defineModule } from '../../core/module.ts';
import { goalReferences } from './goals.references.ts';
import { goalRoutes } from './goals.routes.ts';

export const goalsModule = defineModule({
  name: 'goals',
  routes: goalRoutes,
  provides: { goalReferences },
});
