import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

const page = (name: 'FeedbackPage' | 'FeedbackRequestPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);

/** Feedback as learning: ask colleagues, answer them, read what came back. */
export function createFeedbackRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'feedback', component: page('FeedbackPage') }),
    createRoute({ getParentRoute, path: 'feedback/$id', component: page('FeedbackRequestPage') }),
  ] as const;
}
