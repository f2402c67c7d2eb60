import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const TeamPage = lazyRouteComponent(() => import('./team-page.tsx'), 'TeamPage');

/** A manager's team overview. */
export function createTeamRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [createRoute({ getParentRoute: () => parent, path: 'team', component: TeamPage })] as const;
}
