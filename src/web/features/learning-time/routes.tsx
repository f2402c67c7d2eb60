import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const WeekPage = lazyRouteComponent(() => import('./week-page.tsx'), 'WeekPage');
const TeamPage = lazyRouteComponent(() => import('./team-page.tsx'), 'TeamPage');

/** Learning time: my week (reserve, log, calendar feed) and my team's totals. */
export function createLearningTimeRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'learning-time', component: WeekPage }),
    createRoute({ getParentRoute, path: 'team/learning-time', component: TeamPage }),
  ] as const;
}
