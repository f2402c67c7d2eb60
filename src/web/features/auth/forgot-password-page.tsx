import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { AuthLayout } from './auth-layout.tsx';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: (address: string) =>
      unwrap(api.POST('/api/v1/auth/password-reset', { body: { email: address } })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(email.trim());
  };

  return (
    <AuthLayout title={t('auth.forgot.title')} intro={t('auth.forgot.intro')}>
      {request.isSuccess ? (
        <div role="status" className="space-y-4">
          <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {t('auth.forgot.sent', { email: request.variables })}
          </p>
          <Link to="/sign-in" className="block text-center text-sm font-medium text-teal-700 hover:underline">
            {t('auth.backToSignIn')}
          </Link>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormErrorRegion error={request.error} shownFields={['email']} />
          <TextField
            label={t('fields.email')}
            type="email"
            name="email"
            autoComplete="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={fieldErrorsOf(request.error).email}
          />
          <Button type="submit" className="w-full" isBusy={request.isPending}>
            {t('auth.forgot.submit')}
          </Button>
          <p className="text-center text-sm">
            <Link to="/sign-in" className="font-medium text-teal-700 hover:underline">
              {t('auth.backToSignIn')}
            </Link>
          </p>
        </form>
      )}
    </AuthLayout>
  );
}
