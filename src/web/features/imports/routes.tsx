import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const ImportWizardPage = lazyRouteComponent(() => import('./import-wizard-page.tsx'), 'ImportWizardPage');

/** The HR import wizard, hung under the signed-in layout by the router. */
export function createImportRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'admin/import',
      component: () => (
        <RequirePermission permission="people.manage">
          <ImportWizardPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
