import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const page = (name: 'RecognitionPage' | 'TeamStepsPage') =>
  lazyRouteComponent(() => import('./pages.tsx'), name);
const challengePage = (name: 'ChallengesPage' | 'ChallengePage') =>
  lazyRouteComponent(() => import('./challenges.tsx'), name);
const BadgesAdminPage = lazyRouteComponent(() => import('./badges-admin.tsx'), 'BadgesAdminPage');

/** Recognition: my kudos, badges and celebrations; my team's steps; challenges; badge admin. */
export function createRecognitionRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'recognition', component: page('RecognitionPage') }),
    createRoute({ getParentRoute, path: 'recognition/team', component: page('TeamStepsPage') }),
    createRoute({
      getParentRoute,
      path: 'recognition/challenges',
      component: challengePage('ChallengesPage'),
    }),
    createRoute({
      getParentRoute,
      path: 'recognition/challenges/$id',
      component: challengePage('ChallengePage'),
    }),
    createRoute({
      getParentRoute,
      path: 'recognition/badges',
      component: () => (
        <RequirePermission permission="recognition.manage">
          <BadgesAdminPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
