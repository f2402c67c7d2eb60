import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

// Lazy like every page: the home page shows blocks of four features, which must not ride in the
// app's first chunk (the sign-in page would load them all).
const HomePage = lazyRouteComponent(() => import('./home-page.tsx'), 'HomePage');

/** The start page. */
export function createHomeRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [createRoute({ getParentRoute: () => parent, path: '/', component: HomePage })] as const;
}
