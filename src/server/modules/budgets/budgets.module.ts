import { defineModule } from '../../core/module.ts';
import { budgetRequestRoutes } from './budget-requests.routes.ts';
import { budgetsPersonalData } from './budgets.personal-data.ts';
import { budgetRoutes } from './budgets.routes.ts';

export const budgetsModule = defineModule({
  name: 'budgets',
  personalData: budgetsPersonalData,
  routes: (deps) => [budgetRoutes(deps), budgetRequestRoutes(deps)],
});
