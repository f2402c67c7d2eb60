import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const page = (name: 'ProgrammesPage' | 'ProgrammePage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);

/** Programmes (growth weeks): the list and one programme with my schedule and the recap. */
export function createProgrammeRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'programmes', component: page('ProgrammesPage') }),
    createRoute({ getParentRoute, path: 'programmes/$id', component: page('ProgrammePage') }),
  ] as const;
}
