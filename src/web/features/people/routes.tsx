import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../app/guards.tsx';
import {
  ImportWizardPage,
  NewPersonPage,
  OrgChartPage,
  PeopleListPage,
  PersonPage,
} from '../../app/pages.ts';
import { orgChartSearch } from '../org/index.ts';
import { peopleSearch } from './people-search.ts';

/** The people, organisation chart and import pages, hung under the signed-in layout by the router. */
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
    createRoute({
      getParentRoute,
      path: 'organisation',
      validateSearch: orgChartSearch,
      component: OrgChartPage,
    }),
    createRoute({
      getParentRoute,
      path: 'admin/import',
      component: () => (
        <RequirePermission permission="people.manage">
          <ImportWizardPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
