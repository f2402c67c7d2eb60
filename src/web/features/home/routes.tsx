import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { HomePage } from './home-page.tsx';

/** The start page, loaded with the app itself. */
export function createHomeRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [createRoute({ getParentRoute: () => parent, path: '/', component: HomePage })] as const;
}
