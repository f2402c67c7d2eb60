import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';
import { peopleSearch } from './people-search.ts';

const NewPersonPage = lazyRouteComponent(() => import('./new-person-page.tsx'), 'NewPersonPage');
const PeopleListPage = lazyRouteComponent(() => import('./people-list-page.tsx'), 'PeopleListPage');
const PersonPage = lazyRouteComponent(() => import('./person-page.tsx'), 'PersonPage');

/** The people pages, hung under the signed-in layout by the router. */
export function createPeopleRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'people', validateSearch: peopleSearch, component: PeopleListPage }),
    createRoute({
      getParentRoute,
      path: 'people/new',
      component: () => (
        <RequirePermission permission="people.manage">
          <NewPersonPage />
        </RequirePermission>
      ),
    }),
    createRoute({ getParentRoute, path: 'people/$personId', component: PersonPage }),
  ] as const;
}
