import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { safeRedirect } from '../../lib/redirect.ts';
import { SsoSignIn } from '../sso/index.ts';
import { AuthLayout } from './auth-layout.tsx';
import { useSecondsUntil } from './use-countdown.ts';
import { useSignIn } from './use-sign-in.ts';

const route = getRouteApi('/sign-in');

/** "in 15 seconds" up to a minute and a half, "in 4 minutes" beyond. */
function waitMessage(t: TFunction, seconds: number): string {
  return seconds <= 90
    ? t('auth.signIn.throttled.seconds', { count: seconds })
    : t('auth.signIn.throttled.minutes', { count: Math.ceil(seconds / 60) });
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const [email, setEmail] = useState(search.email ?? '');
  const [password, setPassword] = useState('');
  const signIn = useSignIn(() => void navigate({ href: safeRedirect(search.redirect), replace: true }));
  const fieldErrors = fieldErrorsOf(signIn.error);
  // Too many attempts: the server says how long to wait; the form waits with it and says so.
  const [throttle, setThrottle] = useState<{ until: number; seconds: number } | null>(null);
  const secondsLeft = useSecondsUntil(throttle?.until ?? null);
  const isThrottled = secondsLeft > 0;
  const throttled = isApiError(signIn.error) && signIn.error.code === 'rate_limited';
  const ssoRequired =
    isApiError(signIn.error) && signIn.error.code === 'sso_required' ? signIn.error.sso : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isThrottled) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          const seconds = isApiError(error) ? error.retryAfter : undefined;
          setThrottle(seconds ? { until: Date.now() + seconds * 1000, seconds } : null);
        },
      },
    );
  };

  return (
    <AuthLayout title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <SsoSignIn
        email={email}
        organisation={search.organisation}
        ssoError={search.ssoError}
        redirect={safeRedirect(search.redirect)}
        required={ssoRequired}
      />
      <form onSubmit={submit} noValidate className="mt-4 space-y-4">
        {/* SSO required is said once, above, next to its button (SsoSignIn). */}
        <FormErrorRegion
          error={throttled || ssoRequired ? null : signIn.error}
          shownFields={['email', 'password']}
        />
        <div aria-live="assertive" aria-atomic="true">
          {isThrottled && throttle && (
            <div
              role="alert"
              className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
            >
              <p>{waitMessage(t, throttle.seconds)}</p>
              <p className="mt-1">{t('auth.signIn.throttled.resetHint')}</p>
            </div>
          )}
        </div>
        <TextField
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            // The wait was for that address; another one may be tried (the server decides).
            if (throttle) {
              setThrottle(null);
              signIn.reset();
            }
          }}
          error={fieldErrors.email}
        />
        <TextField
          label={t('fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <Button type="submit" className="w-full" isBusy={signIn.isPending} disabled={isThrottled}>
          {isThrottled
            ? t('auth.signIn.throttled.submit', { time: clock(secondsLeft) })
            : t('auth.signIn.submit')}
        </Button>
        <p className="text-center text-sm">
          <Link
            to="/forgot-password"
            className="font-medium text-teal-700 underline-offset-2 hover:underline"
          >
            {t('auth.signIn.forgot')}
          </Link>
        </p>
      </form>
    </AuthLayout>
  );
}
