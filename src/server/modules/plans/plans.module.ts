import { defineModule } from '../../core/module.ts';
import { currentPlanGoals } from './index.ts';
import { plansPersonalData } from './plans.personal-data.ts';
import { planRoutes } from './plans.routes.ts';

export const plansModule = defineModule({
  name: 'plans',
  personalData: plansPersonalData,
  routes: planRoutes,
  // Catalogue's own routes link to a goal of the person's current plan.
  provides: {
    planGoalsOf: async (tenant, personId) =>
      (await currentPlanGoals(tenant, personId)).map((goal) => ({ id: goal.id, title: goal.title })),
  },
});
