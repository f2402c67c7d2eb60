import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const page = (name: 'TalentPage' | 'MyTalentPage' | 'SuccessionPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);
const RoundPage = lazyRouteComponent(() => import('./round-page.tsx'), 'RoundPage');
const ReviewPage = lazyRouteComponent(() => import('./review-page.tsx'), 'ReviewPage');
const Succession = page('SuccessionPage');

/** Talent reviews (vlootschouw): rounds, calibration grid, reviews, my proposals, succession. */
export function createTalentRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'talent', component: page('TalentPage') }),
    createRoute({ getParentRoute, path: 'talent/mine', component: page('MyTalentPage') }),
    createRoute({
      getParentRoute,
      path: 'talent/succession',
      component: () => (
        <RequirePermission permission="development.manage">
          <Succession />
        </RequirePermission>
      ),
    }),
    createRoute({ getParentRoute, path: 'talent/rounds/$id', component: RoundPage }),
    createRoute({ getParentRoute, path: 'talent/reviews/$id', component: ReviewPage }),
  ] as const;
}
