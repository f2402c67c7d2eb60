import { defineModule } from '../../core/module.ts';
import { budgetRequestRoutes } from './budget-requests.routes.ts';
import { budgetRoutes } from './budgets.routes.ts';

export const budgetsModule = defineModule({
  name: 'budgets',
  routes: (deps) => [budgetRoutes(deps), budgetRequestRoutes(deps)],
});
