import { type AnyRoute, createRoute } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RequirePermission } from '../../app/guards.tsx';
import {
  CatalogueAdminPage,
  CataloguePage,
  CourseEditorPage,
  CoursePage,
  ItemEditorPage,
  ItemPage,
  MyLearningPage,
  PathEditorPage,
  PathPage,
  TeamLearningPage,
} from '../../app/pages.ts';
import { stringParam } from '../../app/search-params.ts';
import { catalogueSearch } from './index.ts';

const requireCatalogueManage = (page: () => ReactNode) => () => (
  <RequirePermission permission="catalogue.manage">{page()}</RequirePermission>
);

/** The learning and catalogue-admin pages, hung under the signed-in layout by the router. */
export function createLearningRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'learning', component: MyLearningPage }),
    createRoute({
      getParentRoute,
      path: 'learning/catalogue',
      validateSearch: catalogueSearch,
      component: CataloguePage,
    }),
    createRoute({ getParentRoute, path: 'learning/items/$id', component: ItemPage }),
    createRoute({ getParentRoute, path: 'learning/courses/$id', component: CoursePage }),
    createRoute({ getParentRoute, path: 'learning/paths/$id', component: PathPage }),
    createRoute({ getParentRoute, path: 'team/learning', component: TeamLearningPage }),
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
