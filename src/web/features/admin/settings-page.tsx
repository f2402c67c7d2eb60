import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { meQueryKey } from '../../lib/session.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const organisation = useQuery({
    queryKey: ['organisation'],
    queryFn: () => unwrap(api.GET('/api/v1/organisation')),
  });
  const [name, setName] = useState('');
  const [defaultLocale, setDefaultLocale] = useState<'nl' | 'en'>('nl');
  const [timeZone, setTimeZone] = useState('Europe/Amsterdam');
  useEffect(() => {
    if (organisation.data) {
      setName(organisation.data.name);
      setDefaultLocale(organisation.data.defaultLocale);
      setTimeZone(organisation.data.timeZone);
    }
  }, [organisation.data]);
  const save = useMutation({
    mutationFn: () => unwrap(api.PATCH('/api/v1/organisation', { body: { name, defaultLocale, timeZone } })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['organisation'], saved);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <QueryError error={organisation.error} />;
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <Card title={t('settings.general')} titleId="settings-general">
          <form onSubmit={submit} noValidate className="max-w-md space-y-4">
            <FormErrorRegion error={save.error} shownFields={['name', 'defaultLocale', 'timeZone']} />
            <div aria-live="polite">
              {save.isSuccess && (
                <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                  {t('settings.saved')}
                </p>
              )}
            </div>
            <TextField
              label={t('fields.organisationName')}
              required
              value={name}
              onChange={(event) => setName(event.target.value)}
              error={errors.name}
            />
            <SelectField
              label={t('fields.defaultLanguage')}
              hint={t('settings.defaultLanguageHint')}
              value={defaultLocale}
              onChange={(event) => setDefaultLocale(event.target.value as 'nl' | 'en')}
              error={errors.defaultLocale}
            >
              <option value="nl">{t('languages.nl')}</option>
              <option value="en">{t('languages.en')}</option>
            </SelectField>
            <SelectField
              label={t('fields.timeZone')}
              hint={t('settings.timeZoneHint')}
              value={timeZone}
              onChange={(event) => setTimeZone(event.target.value)}
              error={errors.timeZone}
            >
              {timeZones(timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </SelectField>
            <Button type="submit" isBusy={save.isPending}>
              {t('common.save')}
            </Button>
          </form>
        </Card>
        <Card title={t('settings.about')} titleId="settings-about">
          <DescriptionList
            items={[
              { term: t('fields.slug'), value: <code className="text-xs">{organisation.data.slug}</code> },
              {
                term: t('settings.kind'),
                value: organisation.data.isDemo ? (
                  <Badge tone="amber">{t('header.demo')}</Badge>
                ) : (
                  t('settings.production')
                ),
              },
            ]}
          />
          {organisation.data.isDemo && <p className="mt-4 text-xs text-slate-600">{t('header.demoHint')}</p>}
        </Card>
      </div>
    </>
  );
}

/** The zones this browser knows (IANA names, as the server checks them), with UTC and the current one. */
function timeZones(current: string): string[] {
  return [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone'), current])].sort();
}
