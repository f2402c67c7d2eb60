import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const ToolsPage = lazyRouteComponent(() => import('./tools-page.tsx'), 'ToolsPage');
const SelectionPage = lazyRouteComponent(() => import('./selection-page.tsx'), 'SelectionPage');
const LaunchPage = lazyRouteComponent(() => import('./launch-page.tsx'), 'LaunchPage');

/** LTI: L&D's tool registrations and content selections; the learner's launch page. */
export function createLtiRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  const forLd = (Page: typeof ToolsPage) => () => (
    <RequirePermission permission="catalogue.manage">
      <Page />
    </RequirePermission>
  );
  return [
    createRoute({ getParentRoute, path: 'admin/lti', component: forLd(ToolsPage) }),
    createRoute({ getParentRoute, path: 'admin/lti/selections/$id', component: forLd(SelectionPage) }),
    createRoute({ getParentRoute, path: 'learning/lti/$id', component: LaunchPage }),
  ] as const;
}
