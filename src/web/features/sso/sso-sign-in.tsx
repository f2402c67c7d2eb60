import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';

/** The e-mail's domain when it looks complete enough to ask about. */
const domainOf = (email: string) => {
  const domain = email.trim().toLowerCase().split('@')[1];
  return domain && /\.[a-z]{2,}$/.test(domain) ? domain : null;
};

/**
 * "Sign in with <IdP>" on the sign-in page: found by the organisation in the address (?organisation=…)
 * or by the typed e-mail's domain; also the reason an earlier SSO attempt was refused.
 */
export function SsoSignIn(props: {
  email: string;
  organisation?: string;
  ssoError?: string;
  redirect: string;
  /** The password answer said SSO is required: its organisation and button name. */
  required?: { organisationSlug: string; idpName: string } | null;
}) {
  const { t } = useTranslation();
  const domain = domainOf(props.email);
  const organisation = props.required?.organisationSlug ?? props.organisation;
  const discovery = useQuery({
    queryKey: ['sso-discovery', organisation ?? null, organisation ? null : domain],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/auth/sso', {
          params: { query: organisation ? { organisation } : { email: `x@${domain}` } },
        }),
      ),
    enabled: Boolean(organisation || domain),
    staleTime: 60_000,
  });
  const connection = discovery.data?.connection;
  const href = connection ? `${connection.signInUrl}?redirect=${encodeURIComponent(props.redirect)}` : null;
  const errorKey = props.ssoError ? `auth.signIn.sso.errors.${props.ssoError}` : null;

  return (
    <div className="space-y-3">
      <div aria-live="assertive" aria-atomic="true">
        {errorKey && (
          <p
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900"
          >
            {t(errorKey, { defaultValue: t('auth.signIn.sso.errors.invalid_response') })}
          </p>
        )}
      </div>
      {connection && href && (
        <>
          {connection.isRequired && (
            <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t('auth.signIn.sso.required', { name: connection.displayName })}
            </p>
          )}
          <a
            href={href}
            className="flex min-h-10 w-full items-center justify-center rounded-md bg-slate-900 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-slate-800"
          >
            {t('auth.signIn.sso.button', { name: connection.displayName })}
          </a>
          <p className="text-center text-xs text-slate-500">{t('auth.signIn.sso.or')}</p>
        </>
      )}
    </div>
  );
}
