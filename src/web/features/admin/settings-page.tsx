import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { meQueryKey } from '../../lib/session.tsx';

// The API's updateOrganisationBody: a name (at most 200), the default language, an IANA time zone.
const settingsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  defaultLocale: z.enum(['nl', 'en']),
  timeZone: z.string().min(1),
});

export function SettingsPage() {
  const { t } = useTranslation();
  const organisation = useQuery({
    queryKey: ['organisation'],
    queryFn: () => unwrap(api.GET('/api/v1/organisation')),
  });
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <QueryError error={organisation.error} />;

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <Card title={t('settings.general')} titleId="settings-general">
          <SettingsForm organisation={organisation.data} />
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

function SettingsForm({ organisation }: { organisation: Schemas['Organisation'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useZodForm(settingsSchema, {
    defaultValues: {
      name: organisation.name,
      defaultLocale: organisation.defaultLocale,
      timeZone: organisation.timeZone,
    },
  });
  const timeZone = useWatch({ control: form.control, name: 'timeZone' });
  const save = useMutation({
    mutationFn: (body: z.output<typeof settingsSchema>) =>
      unwrap(api.PATCH('/api/v1/organisation', { body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['organisation'], saved);
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
  return (
    <Form
      form={form}
      onSubmit={(values) => {
        save.reset();
        return save.mutateAsync(values);
      }}
      className="max-w-md space-y-4"
    >
      <FormError />
      <div aria-live="polite">
        {save.isSuccess && (
          <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t('settings.saved')}</p>
        )}
      </div>
      <TextField name="name" label={t('fields.organisationName')} required />
      <SelectField
        name="defaultLocale"
        label={t('fields.defaultLanguage')}
        hint={t('settings.defaultLanguageHint')}
      >
        <option value="nl">{t('languages.nl')}</option>
        <option value="en">{t('languages.en')}</option>
      </SelectField>
      <SelectField name="timeZone" label={t('fields.timeZone')} hint={t('settings.timeZoneHint')}>
        {timeZones(timeZone).map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </SelectField>
      <SubmitButton>{t('common.save')}</SubmitButton>
    </Form>
  );
}

/** The zones this browser knows (IANA names, as the server checks them), with UTC and the current one. */
function timeZones(current: string): string[] {
  return [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone'), current])].sort();
}
