import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const WeekPage = lazyRouteComponent(() => import('./week-page.tsx'), 'WeekPage');
const TeamPage = lazyRouteComponent(() => import('./team-page.tsx'), 'TeamPage');
const NormsPage = lazyRouteComponent(() => import('./norms-page.tsx'), 'NormsPage');

/** Learning time: my week (reserve, log, calendar feed), my team's totals, and the norms (L&D, HR). */
export function createLearningTimeRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'learning-time', component: WeekPage }),
    createRoute({ getParentRoute, path: 'team/learning-time', component: TeamPage }),
    createRoute({ getParentRoute, path: 'learning-time/norms', component: NormsPage }),
  ] as const;
}
