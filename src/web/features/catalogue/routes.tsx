import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RequirePermission } from '../../lib/guards.tsx';
import { stringParam } from '../../lib/search-params.ts';

const CatalogueAdminPage = lazyRouteComponent(
  () => import('./catalogue-admin-page.tsx'),
  'CatalogueAdminPage',
);
const CourseEditorPage = lazyRouteComponent(() => import('./course-editor-page.tsx'), 'CourseEditorPage');
const ItemEditorPage = lazyRouteComponent(() => import('./item-editor-page.tsx'), 'ItemEditorPage');
const PathEditorPage = lazyRouteComponent(() => import('./path-editor-page.tsx'), 'PathEditorPage');

const requireCatalogueManage = (page: () => ReactNode) => () => (
  <RequirePermission permission="catalogue.manage">{page()}</RequirePermission>
);

/** L&D's catalogue pages (items, courses, paths, rules), hung under the signed-in layout by the router. */
export function createCatalogueRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: 'admin/catalogue',
      component: requireCatalogueManage(() => <CatalogueAdminPage />),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/catalogue/items/new',
      validateSearch: (search: Record<string, unknown>): { kind?: string } => ({
        kind: stringParam(search.kind),
      }),
      component: requireCatalogueManage(() => <ItemEditorPage />),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/catalogue/items/$id',
      component: requireCatalogueManage(() => <ItemEditorPage />),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/catalogue/courses/new',
      component: requireCatalogueManage(() => <CourseEditorPage />),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/catalogue/courses/$id',
      component: requireCatalogueManage(() => <CourseEditorPage />),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/catalogue/paths/new',
      component: requireCatalogueManage(() => <PathEditorPage />),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/catalogue/paths/$id',
      component: requireCatalogueManage(() => <PathEditorPage />),
    }),
  ] as const;
}
