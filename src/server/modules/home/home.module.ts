import { defineModule } from '../../core/module.ts';
import { approvalsRoutes } from './approvals.routes.ts';
import { forgetOrganisationOverview, overviewSubjects } from './home.read.ts';
import { homeRoutes } from './home.routes.ts';
import { whyAndWhatRoutes } from './why-and-what.routes.ts';

export const homeModule = defineModule({
  name: 'home',
  routes: (deps) => [homeRoutes(deps), whyAndWhatRoutes, approvalsRoutes],
  listen: (bus) => {
    bus.on('changes.committed', 'home.forget-overview', async ({ organisationId, subjectTypes }) => {
      if (subjectTypes.some((type) => overviewSubjects.has(type))) forgetOrganisationOverview(organisationId);
    });
  },
});
