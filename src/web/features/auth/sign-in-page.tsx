import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { isApiError } from '../../api/errors.ts';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
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

// The API's signInBody: an e-mail address and a password. Zod Mini (the same checks as functions): the
// sign-in page is the first one everyone loads, and classic zod's schemas alone were ~26 KB gzipped of it.
const signInSchema = z.object({
  email: z.pipe(z.string().check(z.trim()), z.email()),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const form = useZodForm(signInSchema, { defaultValues: { email: search.email ?? '', password: '' } });
  const email = useWatch({ control: form.control, name: 'email' });
  const signIn = useSignIn(() => void navigate({ href: safeRedirect(search.redirect), replace: true }));
  // Too many attempts: the server says how long to wait; the form waits with it and says so.
  const [throttle, setThrottle] = useState<{ until: number; seconds: number } | null>(null);
  const secondsLeft = useSecondsUntil(throttle?.until ?? null);
  const isThrottled = secondsLeft > 0;
  const ssoRequired =
    isApiError(signIn.error) && signIn.error.code === 'sso_required' ? signIn.error.sso : null;
  // The wait was for that address; another one may be tried (the server decides).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a changed address ends the wait
  useEffect(() => {
    if (throttle) {
      setThrottle(null);
      signIn.reset();
    }
  }, [email]);

  const submit = async (body: z.output<typeof signInSchema>) => {
    if (isThrottled) return;
    try {
      await signIn.mutateAsync(body);
    } catch (error) {
      const seconds = isApiError(error) ? error.retryAfter : undefined;
      setThrottle(seconds ? { until: Date.now() + seconds * 1000, seconds } : null);
      // Said elsewhere, once: the wait above the fields, SSO required next to its button (SsoSignIn).
      if (isApiError(error) && ['rate_limited', 'sso_required'].includes(error.code)) return;
      throw error;
    }
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
      <Form form={form} onSubmit={submit} className="mt-4 space-y-4">
        <FormError />
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
        <TextField name="email" label={t('fields.email')} type="email" autoComplete="username" required />
        <TextField
          name="password"
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          required
        />
        <SubmitButton className="w-full" isDisabled={isThrottled}>
          {isThrottled
            ? t('auth.signIn.throttled.submit', { time: clock(secondsLeft) })
            : t('auth.signIn.submit')}
        </SubmitButton>
        <p className="text-center text-sm">
          <Link
            to="/forgot-password"
            className="font-medium text-teal-700 underline-offset-2 hover:underline"
          >
            {t('auth.signIn.forgot')}
          </Link>
        </p>
      </Form>
    </AuthLayout>
  );
}
