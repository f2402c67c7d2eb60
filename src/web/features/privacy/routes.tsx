import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const page = (name: 'MyDataPage' | 'ErasurePage' | 'OrganisationExportPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);
const MyDataPage = page('MyDataPage');
const ErasurePage = page('ErasurePage');
const OrganisationExportPage = page('OrganisationExportPage');

/** The person's data: my data (everyone), erasure and retention (HR), the organisation's export (owner). */
export function createPrivacyRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'privacy', component: MyDataPage }),
    createRoute({
      getParentRoute,
      path: 'admin/privacy',
      component: () => (
        <RequirePermission permission="people.manage">
          <ErasurePage />
        </RequirePermission>
      ),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/organisation-export',
      component: () => (
        <RequirePermission permission="roles.grant_owner">
          <OrganisationExportPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
