import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Me, setCsrfToken, unwrap } from '../../api/client.ts';
import { i18n, isLocale } from '../../i18n/i18n.ts';
import { meQueryKey } from '../../lib/session.tsx';

export function useSignIn(onSignedIn: (me: Me) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap(api.POST('/api/v1/auth/sign-in', { body })),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      if (isLocale(me.locale)) void i18n.changeLanguage(me.locale);
      queryClient.setQueryData(meQueryKey, me);
      onSignedIn(me);
    },
  });
}
