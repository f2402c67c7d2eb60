import { Navigate, Outlet, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { Loading, NoAccess, QueryError } from '../components/states.tsx';
import { safeRedirect } from '../features/auth/sign-in-page.tsx';
import { AppShell } from '../layout/app-shell.tsx';
import { can, MeProvider, type Permission, useMe, useMeQuery } from './session.tsx';

// Who may see what: the signed-out pages, the signed-in layout and per-permission pages.
function RedirectTo({ href }: { href: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate({ href, replace: true });
  }, [navigate, href]);
  return null;
}

/** Signed in already: go where sign-in would have taken you. */
export function SignedOutOnly({ children }: { children: ReactNode }) {
  const me = useMeQuery();
  const redirect = useSearch({ strict: false, select: (search: { redirect?: string }) => search.redirect });
  if (me.isPending) return <Loading />;
  if (me.data) return <RedirectTo href={safeRedirect(redirect)} />;
  return children;
}

/** Everything behind sign-in: without a session, go to sign-in and come back afterwards. */
export function SignedInLayout() {
  const me = useMeQuery();
  const location = useLocation();
  if (me.isPending)
    return (
      <div className="flex min-h-screen items-center justify-center">
        <Loading />
      </div>
    );
  if (me.isError)
    return (
      <div className="mx-auto max-w-lg p-8">
        <QueryError error={me.error} />
      </div>
    );
  if (!me.data) {
    // While the router is already on its way to sign-in, do not redirect again (that would nest redirects).
    if (location.pathname === '/sign-in') return null;
    return (
      <Navigate
        to="/sign-in"
        search={{ redirect: location.href === '/' ? undefined : location.href }}
        replace
      />
    );
  }
  return (
    <MeProvider me={me.data}>
      <AppShell>
        <Outlet />
      </AppShell>
    </MeProvider>
  );
}

/** Pages for some permissions only show a clear "no access" to others (the API answers 403 too). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return can(me, permission) ? children : <NoAccess />;
}
