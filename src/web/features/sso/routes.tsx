import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const SsoSettingsPage = lazyRouteComponent(() => import('./sso-settings-page.tsx'), 'SsoSettingsPage');

/** Single sign-on settings, for the owner. */
export function createSsoRoutes<Parent extends AnyRoute>(parent: Parent) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'admin/sso',
      component: () => (
        <RequirePermission permission="sso.manage">
          <SsoSettingsPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}
