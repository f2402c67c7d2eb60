import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { stringParam } from '../../lib/search-params.ts';

const page = (name: 'WorkoutsPage' | 'PlanWorkoutPage' | 'WorkoutPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);

/** WorkOuts: my list and the library, planning one with the team, one WorkOut (reflection, next steps). */
export function createWorkoutRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'workouts', component: page('WorkoutsPage') }),
    createRoute({
      getParentRoute,
      path: 'workouts/plan',
      validateSearch: (search: Record<string, unknown>) => ({
        key: stringParam(search.key),
        source: stringParam(search.source),
      }),
      component: page('PlanWorkoutPage'),
    }),
    createRoute({ getParentRoute, path: 'workouts/$id', component: page('WorkoutPage') }),
  ] as const;
}
