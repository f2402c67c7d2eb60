import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { RequirePermission } from '../../lib/guards.tsx';

const MyCredentialsPage = lazyRouteComponent(() => import('./my-credentials.tsx'), 'MyCredentialsPage');
const CredentialsAdminPage = lazyRouteComponent(
  () => import('./credentials-admin.tsx'),
  'CredentialsAdminPage',
);
const VerifyCredentialPage = lazyRouteComponent(() => import('./verify-page.tsx'), 'VerifyCredentialPage');

/** Credentials: mine (download, share) and L&D's list to revoke. */
export function createCredentialRoutes<Parent extends AnyRoute>(parent: Parent) {
  const getParentRoute = () => parent;
  return [
    createRoute({ getParentRoute, path: 'credentials', component: MyCredentialsPage }),
    createRoute({
      getParentRoute,
      path: 'credentials/manage',
      component: () => (
        <RequirePermission permission="credentials.manage">
          <CredentialsAdminPage />
        </RequirePermission>
      ),
    }),
  ] as const;
}

/** The public verification page: anyone with the share link, signed in or not. */
export function createCredentialPublicRoutes<Root extends AnyRoute>(root: Root) {
  return [
    createRoute({
      getParentRoute: () => root,
      path: 'verify/credentials/$id',
      component: VerifyCredentialPage,
    }),
  ] as const;
}
