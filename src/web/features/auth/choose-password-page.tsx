import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { useSignIn } from './use-sign-in.ts';

type Purpose = 'reset' | 'welcome';
const endpoints = {
  reset: '/api/v1/auth/password-reset/confirm',
  welcome: '/api/v1/auth/invitation/accept',
} as const;

/** Choose a password with the link from an e-mail: a password reset or an invitation. Then sign in. */
export function ChoosePasswordPage({ purpose, token }: { purpose: Purpose; token: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const signIn = useSignIn(() => void navigate({ to: '/', replace: true }));
  const choose = useMutation({
    mutationFn: async () => {
      if (password !== repeat) {
        throw new ApiError({
          status: 400,
          code: 'validation_failed',
          errors: [{ field: 'repeat', message: '', code: 'passwordMismatch' }],
        });
      }
      return unwrap(api.POST(endpoints[purpose], { body: { token: token ?? '', password } }));
    },
    onSuccess: ({ email }) => signIn.mutate({ email, password }),
  });
  const fieldErrors = fieldErrorsOf(choose.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    choose.mutate();
  };

  const isLinkBad =
    !token || (choose.error instanceof ApiError && ['link_expired', 'not_found'].includes(choose.error.code));

  return (
    <AuthLayout title={t(`auth.${purpose}.title`)} intro={t(`auth.${purpose}.intro`)}>
      {isLinkBad ? (
        <div role="alert" className="space-y-4">
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('auth.linkInvalid')}</p>
          <Link
            to="/forgot-password"
            className="block text-center text-sm font-medium text-teal-700 hover:underline"
          >
            {t('auth.requestNewLink')}
          </Link>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormErrorRegion
            error={choose.error ?? signIn.error}
            shownFields={['password', 'repeat', 'token']}
          />
          <TextField
            label={t('fields.newPassword')}
            type="password"
            name="password"
            autoComplete="new-password"
            required
            hint={t('auth.passwordRule')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldErrors.password}
          />
          <TextField
            label={t('fields.repeatPassword')}
            type="password"
            name="repeat"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
            error={fieldErrors.repeat}
          />
          <Button type="submit" className="w-full" isBusy={choose.isPending || signIn.isPending}>
            {t(`auth.${purpose}.submit`)}
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
