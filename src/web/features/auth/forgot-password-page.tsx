import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { AuthLayout } from './auth-layout.tsx';

// The API's emailBody.
const emailSchema = z.object({ email: z.string().trim().pipe(z.email()) });

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useZodForm(emailSchema, { defaultValues: { email: '' } });
  const request = useMutation({
    mutationFn: (address: string) =>
      unwrap(api.POST('/api/v1/auth/password-reset', { body: { email: address } })),
  });

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
        <Form form={form} onSubmit={({ email }) => request.mutateAsync(email)}>
          <FormError />
          <TextField name="email" label={t('fields.email')} type="email" autoComplete="email" required />
          <SubmitButton className="w-full">{t('auth.forgot.submit')}</SubmitButton>
          <p className="text-center text-sm">
            <Link to="/sign-in" className="font-medium text-teal-700 hover:underline">
              {t('auth.backToSignIn')}
            </Link>
          </p>
        </Form>
      )}
    </AuthLayout>
  );
}
