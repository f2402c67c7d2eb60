import { useNavigate, useSearch } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { Loading, NoAccess } from '../components/states.tsx';
import { can, type Permission } from './permissions.ts';
import { safeRedirect } from './redirect.ts';
import { useMe, useMeQuery } from './session.tsx';

// Who may see what: the signed-out pages and per-permission pages. Features wrap their routes in these.

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

/** Pages for some permissions only show a clear "no access" to others (the API answers 403 too). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return can(me, permission) ? children : <NoAccess />;
}
