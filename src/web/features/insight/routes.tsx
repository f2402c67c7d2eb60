import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const OrganisationInsightPage = lazyRouteComponent(
  () => import('./organisation.tsx'),
  'OrganisationInsightPage',
);
const team = (name: 'TeamInsightPage' | 'MyGrowthPage') =>
  lazyRouteComponent(() => import('./team.tsx'), name);

/** Insight at every ITO level: Mijn groei, my team, the organisation. */
export function createInsightRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'insight/me', component: team('MyGrowthPage') }),
    createRoute({ getParentRoute, path: 'insight/team', component: team('TeamInsightPage') }),
    createRoute({
      getParentRoute,
      path: 'insight/organisation',
      component: () => (
        <RequirePermission permission="insight.organisation">
          <OrganisationInsightPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
