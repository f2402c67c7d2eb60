import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { orgChartSearch } from './org-search.ts';

const OrgChartPage = lazyRouteComponent(() => import('./org-chart-page.tsx'), 'OrgChartPage');

/** The organisation chart, hung under the signed-in layout by the router. */
export function createOrgRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'organisation',
      validateSearch: orgChartSearch,
      component: OrgChartPage,
    }),
  ] as const;
}
