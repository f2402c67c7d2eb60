import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { api, type Me, setCsrfToken, unwrap } from '../api/client.ts';
import { isApiError } from '../api/errors.ts';
import { i18n, isLocale } from '../i18n/i18n.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/v1/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMeQuery() {
  const query = useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
  const me = query.data;
  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
    if (me && isLocale(me.locale) && i18n.language !== me.locale) void i18n.changeLanguage(me.locale);
  }, [me]);
  return query;
}

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in person; only inside the signed-in part of the app. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in layout');
  return me;
}
