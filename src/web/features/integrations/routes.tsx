import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const IntegrationsPage = lazyRouteComponent(() => import('./integrations-page.tsx'), 'IntegrationsPage');

/** The owner's integrations: SCIM provisioning and webhooks. */
export function createIntegrationsRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: 'settings/integrations',
      component: () => (
        <RequirePermission permission="api_tokens.manage">
          <IntegrationsPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
