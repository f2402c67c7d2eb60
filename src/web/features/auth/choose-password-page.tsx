import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { AuthLayout } from './auth-layout.tsx';
import { useSignIn } from './use-sign-in.ts';

type Purpose = 'reset' | 'welcome';
const endpoints = {
  reset: '/api/v1/auth/password-reset/confirm',
  welcome: '/api/v1/auth/invitation/accept',
} as const;

// The API's linkBody: a password of 10 to 200 characters, typed twice.
const passwordSchema = z
  .object({ password: z.string().min(10).max(200), repeat: z.string() })
  .refine((values) => values.password === values.repeat, { message: 'passwordMismatch', path: ['repeat'] });

/** Choose a password with the link from an e-mail: a password reset or an invitation. Then sign in. */
export function ChoosePasswordPage({ purpose, token }: { purpose: Purpose; token: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useZodForm(passwordSchema, { defaultValues: { password: '', repeat: '' } });
  const signIn = useSignIn(() => void navigate({ to: '/', replace: true }));
  const choose = useMutation({
    mutationFn: (password: string) =>
      unwrap(api.POST(endpoints[purpose], { body: { token: token ?? '', password } })),
    onSuccess: ({ email }, password) => signIn.mutate({ email, password }),
  });

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
        <Form form={form} onSubmit={({ password }) => choose.mutateAsync(password)}>
          <FormError />
          {/* Signing in afterwards is its own step; should it fail, it says so here. */}
          <FormErrorRegion error={signIn.error} />
          <TextField
            name="password"
            label={t('fields.newPassword')}
            type="password"
            autoComplete="new-password"
            required
            hint={t('auth.passwordRule')}
          />
          <TextField
            name="repeat"
            label={t('fields.repeatPassword')}
            type="password"
            autoComplete="new-password"
            required
          />
          <SubmitButton className="w-full" isDisabled={signIn.isPending}>
            {t(`auth.${purpose}.submit`)}
          </SubmitButton>
        </Form>
      )}
    </AuthLayout>
  );
}
