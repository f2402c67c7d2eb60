import { defineModule } from '../../core/module.ts';
import { approvalsRoutes } from './approvals.routes.ts';
import { homeRoutes } from './home.routes.ts';
import { whyAndWhatRoutes } from './why-and-what.routes.ts';

export const homeModule = defineModule({
  name: 'home',
  routes: (deps) => [homeRoutes(deps), whyAndWhatRoutes, approvalsRoutes],
});
