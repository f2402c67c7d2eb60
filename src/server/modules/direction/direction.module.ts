import { defineModule } from '../../core/module.ts';
import { directionReferences } from './direction.references.ts';
import { directionRoutes } from './direction.routes.ts';

export const directionModule = defineModule({
  name: 'direction',
  routes: directionRoutes,
  provides: { directionReferences },
});
