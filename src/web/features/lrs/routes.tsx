import { type AnyRoute, createRoute, getRouteApi, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';
import { stringParam } from '../../lib/search-params.ts';
import type { StatementFilters } from './lrs-api.ts';

const StatementsPage = lazyRouteComponent(() => import('./statements-page.tsx'), 'StatementsPage');
const ActorsPage = lazyRouteComponent(() => import('./actors-page.tsx'), 'ActorsPage');
const CredentialsPage = lazyRouteComponent(() => import('./credentials-page.tsx'), 'CredentialsPage');

/** The learning record store for L&D: statements, unmatched actors, LRS credentials. */
export function createLrsRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  const guarded = (page: React.ReactNode) => () => (
    <RequirePermission permission="catalogue.manage">{page}</RequirePermission>
  );
  return [
    createRoute({
      getParentRoute,
      path: 'admin/lrs',
      // The filters live in the address, so a filtered list can be shared and bookmarked.
      validateSearch: (search: Record<string, unknown>): StatementFilters => ({
        personId: stringParam(search.personId),
        agentKey: stringParam(search.agentKey),
        verb: stringParam(search.verb),
        activity: stringParam(search.activity),
        since: stringParam(search.since),
        until: stringParam(search.until),
      }),
      component: function Statements() {
        const filters = getRouteApi('/_app/admin/lrs').useSearch();
        return (
          <RequirePermission permission="catalogue.manage">
            <StatementsPage filters={filters} />
          </RequirePermission>
        );
      },
    }),
    createRoute({ getParentRoute, path: 'admin/lrs/actors', component: guarded(<ActorsPage />) }),
    createRoute({ getParentRoute, path: 'admin/lrs/credentials', component: guarded(<CredentialsPage />) }),
  ] as const;
}
