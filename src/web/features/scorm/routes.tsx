import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const ScormReportPage = lazyRouteComponent(() => import('./report-page.tsx'), 'ScormReportPage');

/** L&D's SCORM report, hung under the signed-in layout by the router. */
export function createScormRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'admin/catalogue/scorm/$id/report',
      component: () => (
        <RequirePermission permission="catalogue.manage">
          <ScormReportPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
