import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../app/guards.tsx';
import { ApiTokensPage, AuditPage, OutboxPage, SettingsPage } from '../../app/pages.ts';

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
