import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Avatar, Badge } from '../../components/badge.tsx';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { i18n, type Locale, rememberLocale } from '../../i18n/i18n.ts';
import { meQueryKey, useMe } from '../../lib/session.tsx';
import { NudgeOptOuts } from '../campaigns/index.ts';

function LanguageCard() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (locale: Locale) => unwrap(api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: async (updated) => {
      rememberLocale(updated.locale);
      await i18n.changeLanguage(updated.locale);
      queryClient.setQueryData(meQueryKey, updated);
    },
  });
  // Set in the click handler itself: a controlled radio whose state changes only later (when the
  // mutation re-renders) is put back by React in between.
  const [chosen, setChosen] = useState<Locale | null>(null);
  const current = chosen ?? me.locale;
  return (
    <Card title={t('profile.language')} titleId="profile-language">
      <fieldset>
        <legend className="mb-3 text-sm text-slate-600">{t('profile.languageHint')}</legend>
        <div className="flex flex-wrap gap-3">
          {(['nl', 'en'] as const).map((locale) => (
            <label
              key={locale}
              className="flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-4 py-2.5 text-sm has-checked:border-teal-700 has-checked:bg-teal-50 has-checked:font-medium has-focus-visible:outline-2 has-focus-visible:outline-teal-700"
            >
              <input
                type="radio"
                name="locale"
                value={locale}
                checked={current === locale}
                onChange={() => {
                  setChosen(locale);
                  change.mutate(locale, { onError: () => setChosen(null) });
                }}
                className="accent-teal-700"
              />
              <span lang={locale}>{t(`languages.${locale}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite" className="mt-3 text-sm text-emerald-800">
        {change.isSuccess && t('profile.languageSaved')}
      </div>
      <FormErrorRegion error={change.error} />
    </Card>
  );
}

// The API's changePasswordBody (a new password of 10 to 200 characters), typed twice.
const passwordSchema = z
  .object({
    currentPassword: z.string().min(1),
    newPassword: z.string().min(10).max(200),
    repeat: z.string(),
  })
  .refine((values) => values.newPassword === values.repeat, {
    message: 'passwordMismatch',
    path: ['repeat'],
  });
const noPasswords = { currentPassword: '', newPassword: '', repeat: '' };

function PasswordCard() {
  const { t } = useTranslation();
  const form = useZodForm(passwordSchema, { defaultValues: noPasswords });
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: z.output<typeof passwordSchema>) =>
      unwrap(api.POST('/api/v1/me/password', { body: { currentPassword, newPassword } })),
    onSuccess: () => form.reset(noPasswords),
  });
  return (
    <Card title={t('profile.password.title')} titleId="profile-password">
      <Form
        form={form}
        onSubmit={(values) => {
          change.reset();
          return change.mutateAsync(values);
        }}
      >
        <FormError />
        <div aria-live="polite">
          {change.isSuccess && (
            <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
              {t('profile.password.changed')}
            </p>
          )}
        </div>
        <TextField
          name="currentPassword"
          label={t('fields.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
        />
        <TextField
          name="newPassword"
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
        <p className="text-xs text-slate-600">{t('profile.password.otherSessions')}</p>
        <SubmitButton>{t('profile.password.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="lg:col-span-2">
          <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
            <Avatar name={me.person.displayName} size="lg" />
            <div className="min-w-0 flex-1">
              <h2 className="text-lg font-semibold text-slate-900">{me.person.displayName}</h2>
              <p className="text-sm text-slate-600">
                {[me.person.jobTitle, me.person.email].filter(Boolean).join(' · ')}
              </p>
              <p className="mt-2 flex flex-wrap gap-1">
                {me.roles.map((role) => (
                  <Badge key={role} tone={role === 'employee' ? 'neutral' : 'violet'}>
                    {t(`roles.${role}`)}
                  </Badge>
                ))}
              </p>
            </div>
            <Link
              to="/people/$personId"
              params={{ personId: me.person.id }}
              className="text-sm font-medium text-teal-700 hover:underline"
            >
              {t('profile.viewDirectoryEntry')}
            </Link>
          </div>
        </Card>
        <LanguageCard />
        <PasswordCard />
        <NudgeOptOuts />
      </div>
    </>
  );
}
