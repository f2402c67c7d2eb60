import { defineModule } from '../../core/module.ts';
import { organisationRoutes } from './organisations.routes.ts';

export const organisationsModule = defineModule({
  name: 'organisations',
  routes: organisationRoutes,
});
