import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const ProfilePage = lazyRouteComponent(() => import('./profile-page.tsx'), 'ProfilePage');

/** The signed-in person's own profile. */
export function createProfileRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [createRoute({ getParentRoute: () => parent, path: 'profile', component: ProfilePage })] as const;
}
