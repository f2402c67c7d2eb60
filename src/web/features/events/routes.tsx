import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { stringParam } from '../../lib/search-params.ts';

const page = (name: 'EventsPage' | 'EventPage' | 'AttendancePage' | 'CheckInPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);
const form = (name: 'NewEventPage' | 'EditEventPage') =>
  lazyRouteComponent(() => import('./event-form-page.tsx'), name);

/** Workshops: the list, one workshop, the trainer's attendance (QR at the door) and the check-in it leads to. */
export function createEventRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'workshops', component: page('EventsPage') }),
    createRoute({ getParentRoute, path: 'workshops/new', component: form('NewEventPage') }),
    createRoute({ getParentRoute, path: 'workshops/$id', component: page('EventPage') }),
    createRoute({ getParentRoute, path: 'workshops/$id/edit', component: form('EditEventPage') }),
    createRoute({
      getParentRoute,
      path: 'workshops/sessions/$id/attendance',
      component: page('AttendancePage'),
    }),
    createRoute({
      getParentRoute,
      path: 'workshops/check-in/$id',
      validateSearch: (search: Record<string, unknown>) => ({ code: stringParam(search.code) }),
      component: page('CheckInPage'),
    }),
  ] as const;
}
