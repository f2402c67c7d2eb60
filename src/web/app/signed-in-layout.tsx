import { Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { Loading, QueryError } from '../components/states.tsx';
import { AppShell } from '../layout/app-shell.tsx';
import { MeProvider, useMeQuery } from '../lib/session.tsx';

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
