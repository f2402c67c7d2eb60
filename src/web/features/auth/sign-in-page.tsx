import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { useSignIn } from './use-sign-in.ts';

const route = getRouteApi('/sign-in');

/** Only same-site paths are followed after sign-in, never another origin. */
export const safeRedirect = (value: string | undefined) =>
  value?.startsWith('/') && !value.startsWith('//') ? value : '/';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const [email, setEmail] = useState(search.email ?? '');
  const [password, setPassword] = useState('');
  const signIn = useSignIn(() => void navigate({ href: safeRedirect(search.redirect), replace: true }));
  const fieldErrors = fieldErrorsOf(signIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <AuthLayout title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormErrorRegion error={signIn.error} shownFields={['email', 'password']} />
        <TextField
          label={t('fields.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
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
        <Button type="submit" className="w-full" isBusy={signIn.isPending}>
          {t('auth.signIn.submit')}
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
