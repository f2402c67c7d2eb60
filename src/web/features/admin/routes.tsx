import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const ApiTokensPage = lazyRouteComponent(() => import('./api-tokens-page.tsx'), 'ApiTokensPage');
const AuditPage = lazyRouteComponent(() => import('./audit-page.tsx'), 'AuditPage');
const OutboxPage = lazyRouteComponent(() => import('./outbox-page.tsx'), 'OutboxPage');
const SettingsPage = lazyRouteComponent(() => import('./settings-page.tsx'), 'SettingsPage');

/** The admin pages (outbox, audit, API tokens, settings), hung under the signed-in layout by the router. */
export function createAdminRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({
      getParentRoute,
      path: 'admin/outbox',
      component: () => (
        <RequirePermission permission="outbox.read">
          <OutboxPage />
        </RequirePermission>
      ),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/audit',
      component: () => (
        <RequirePermission permission="audit.read">
          <AuditPage />
        </RequirePermission>
      ),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/api-tokens',
      component: () => (
        <RequirePermission permission="api_tokens.manage">
          <ApiTokensPage />
        </RequirePermission>
      ),
    }),
    createRoute({
      getParentRoute,
      path: 'admin/settings',
      component: () => (
        <RequirePermission permission="organisation.manage">
          <SettingsPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
