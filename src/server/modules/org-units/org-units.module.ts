import { defineModule } from '../../core/module.ts';
import { orgUnitRoutes } from './org-units.routes.ts';

export const orgUnitsModule = defineModule({
  name: 'org-units',
  routes: orgUnitRoutes,
});
