import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { catalogueSearch } from './catalogue-search.ts';
import { itemSearch } from './player-context.ts';

const CataloguePage = lazyRouteComponent(() => import('./catalogue-page.tsx'), 'CataloguePage');
const CoursePage = lazyRouteComponent(() => import('./structure-pages.tsx'), 'CoursePage');
const ItemPage = lazyRouteComponent(() => import('./item-page.tsx'), 'ItemPage');
const MyLearningPage = lazyRouteComponent(() => import('./my-learning-page.tsx'), 'MyLearningPage');
const OwnRoutesPage = lazyRouteComponent(() => import('./own-routes-page.tsx'), 'OwnRoutesPage');
const OwnRoutePage = lazyRouteComponent(() => import('./own-route-page.tsx'), 'OwnRoutePage');
const PathPage = lazyRouteComponent(() => import('./structure-pages.tsx'), 'PathPage');
const TeamLearningPage = lazyRouteComponent(() => import('./team-learning-page.tsx'), 'TeamLearningPage');

/** The learning pages, hung under the signed-in layout by the router. */
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
    createRoute({
      getParentRoute,
      path: 'learning/items/$id',
      validateSearch: itemSearch,
      component: ItemPage,
    }),
    createRoute({ getParentRoute, path: 'learning/courses/$id', component: CoursePage }),
    createRoute({ getParentRoute, path: 'learning/paths/$id', component: PathPage }),
    createRoute({ getParentRoute, path: 'learning/routes', component: OwnRoutesPage }),
    createRoute({ getParentRoute, path: 'learning/routes/$id', component: OwnRoutePage }),
    createRoute({ getParentRoute, path: 'team/learning', component: TeamLearningPage }),
  ] as const;
}

const VerifyCertificatePage = lazyRouteComponent(() => import('./verify-page.tsx'), 'VerifyCertificatePage');

/** Pages anyone may open, signed in or not: a certificate's verification link. */
export function createLearningPublicRoutes<Root extends AnyRoute>(root: Root) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: 'certificates/verify/$code',
      component: VerifyCertificatePage,
    }),
  ] as const;
}
