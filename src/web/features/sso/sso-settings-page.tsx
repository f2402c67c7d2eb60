import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import {
  type SsoSettings,
  useOwners,
  useSaveSsoSettings,
  useSsoSettings,
  useTestSsoConnection,
} from './queries.ts';

// The API's ssoSettingsInput, with the e-mail domains typed as one line. The provider's fields are
// named as the API names them (oidc.issuer, saml.metadataUrl), so its errors land on them.
const ssoSchema = z
  .object({
    protocol: z.enum(['oidc', 'saml']),
    displayName: z.string().trim().min(1).max(80),
    isEnabled: z.boolean(),
    mode: z.enum(['optional', 'required']),
    matchBy: z.enum(['email', 'employee_number']),
    employeeNumberClaim: z.string().trim().max(200),
    groupsClaim: z.string().trim().max(100),
    createsPeople: z.boolean(),
    breakGlassPersonIds: z.array(z.string()).max(5),
    emailDomains: z.string(),
    oidc: z.object({
      issuer: z.string().trim().max(500),
      clientId: z.string().trim().max(300),
      clientSecret: z.string().max(1000),
    }),
    saml: z.object({ metadataUrl: z.string().trim().max(500), metadataXml: z.string().max(200_000) }),
  })
  .superRefine((settings, context) => {
    if (settings.protocol !== 'oidc') return;
    for (const field of ['issuer', 'clientId'] as const)
      if (!settings.oidc[field])
        context.addIssue({ code: 'custom', message: 'required', path: ['oidc', field] });
  });
type SsoForm = z.input<typeof ssoSchema>;

const formOf = (s: SsoSettings): SsoForm => ({
  protocol: s.protocol,
  displayName: s.displayName,
  isEnabled: s.isEnabled,
  mode: s.mode,
  matchBy: s.matchBy,
  employeeNumberClaim: s.employeeNumberClaim ?? '',
  groupsClaim: s.groupsClaim ?? '',
  createsPeople: s.createsPeople,
  breakGlassPersonIds: s.breakGlassPersonIds,
  emailDomains: s.emailDomains.join(', '),
  oidc: { issuer: s.oidc?.issuer ?? '', clientId: s.oidc?.clientId ?? '', clientSecret: '' },
  saml: { metadataUrl: s.saml?.metadataUrl ?? '', metadataXml: s.saml?.metadataXml ?? '' },
});

/** What the API takes: the other protocol's settings left out, empty texts as null. */
const inputOf = ({ oidc, saml, ...form }: z.output<typeof ssoSchema>) => ({
  ...form,
  employeeNumberClaim: form.employeeNumberClaim || null,
  groupsClaim: form.groupsClaim || null,
  breakGlassPersonIds: form.mode === 'required' ? form.breakGlassPersonIds : [],
  emailDomains: form.emailDomains
    .split(/[\s,;]+/)
    .map((domain) => domain.trim())
    .filter(Boolean),
  oidc:
    form.protocol === 'oidc'
      ? { issuer: oidc.issuer, clientId: oidc.clientId, clientSecret: oidc.clientSecret || undefined }
      : null,
  saml:
    form.protocol === 'saml'
      ? { metadataUrl: saml.metadataUrl || null, metadataXml: saml.metadataXml.trim() || null }
      : null,
});

export function SsoSettingsPage() {
  const settings = useSsoSettings();
  if (!settings.data) return settings.isError ? <QueryError error={settings.error} /> : <Loading />;
  return <SsoSettingsForm saved={settings.data} />;
}

function SsoSettingsForm({ saved }: { saved: SsoSettings }) {
  const { t } = useTranslation('sso');
  const owners = useOwners();
  const save = useSaveSsoSettings();
  const test = useTestSsoConnection();
  const form = useZodForm(ssoSchema, { defaultValues: formOf(saved) });
  // What was saved comes back (without the secret): the form shows that.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only newly saved settings reset the form
  useEffect(() => {
    form.reset(formOf(saved));
  }, [saved]);
  const [protocol, matchBy, mode, breakGlassPersonIds] = useWatch({
    control: form.control,
    name: ['protocol', 'matchBy', 'mode', 'breakGlassPersonIds'],
  });
  const sp = saved.serviceProvider;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Form
        form={form}
        onSubmit={(values) => {
          test.reset();
          save.reset();
          return save.mutateAsync(inputOf(values));
        }}
        className="grid gap-4 lg:grid-cols-[1fr_22rem]"
      >
        <div className="space-y-4">
          <FormError />
          <div aria-live="polite">
            {save.isSuccess && (
              <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t('saved')}</p>
            )}
          </div>
          <Card title={t('provider.title')} titleId="sso-provider">
            <div className="max-w-xl space-y-4">
              <SelectField name="protocol" label={t('provider.protocol')}>
                <option value="oidc">OpenID Connect</option>
                <option value="saml">SAML 2.0</option>
              </SelectField>
              <TextField
                name="displayName"
                label={t('provider.displayName')}
                hint={t('provider.displayNameHint')}
                required
              />
              {protocol === 'oidc' ? (
                <>
                  <TextField
                    name="oidc.issuer"
                    label={t('provider.issuer')}
                    hint={t('provider.issuerHint')}
                    type="url"
                    required
                  />
                  <TextField name="oidc.clientId" label={t('provider.clientId')} required />
                  <TextField
                    name="oidc.clientSecret"
                    label={t('provider.clientSecret')}
                    hint={saved.oidc?.hasClientSecret ? t('provider.clientSecretKept') : undefined}
                    type="password"
                    autoComplete="off"
                  />
                </>
              ) : (
                <>
                  <TextField name="saml.metadataUrl" label={t('provider.metadataUrl')} type="url" />
                  <TextAreaField
                    name="saml.metadataXml"
                    label={t('provider.metadataXml')}
                    hint={t('provider.metadataXmlHint')}
                    rows={5}
                  />
                </>
              )}
            </div>
          </Card>
          <Card title={t('people.title')} titleId="sso-people">
            <div className="max-w-xl space-y-4">
              <SelectField name="matchBy" label={t('people.matchBy')}>
                <option value="email">{t('people.byEmail')}</option>
                <option value="employee_number">{t('people.byEmployeeNumber')}</option>
              </SelectField>
              {matchBy === 'employee_number' && (
                <TextField
                  name="employeeNumberClaim"
                  label={t('people.employeeNumberClaim')}
                  hint={t('people.employeeNumberClaimHint')}
                />
              )}
              <TextField
                name="groupsClaim"
                label={t('people.groupsClaim')}
                hint={t('people.groupsClaimHint')}
              />
              <CheckboxField
                name="createsPeople"
                label={t('people.createsPeople')}
                hint={t('people.createsPeopleHint')}
              />
              <TextField
                name="emailDomains"
                label={t('people.emailDomains')}
                hint={t('people.emailDomainsHint')}
              />
            </div>
          </Card>
          <Card title={t('mode.title')} titleId="sso-mode">
            <div className="max-w-xl space-y-4">
              <CheckboxField name="isEnabled" label={t('mode.enabled')} hint={t('mode.enabledHint')} />
              <SelectField name="mode" label={t('mode.mode')}>
                <option value="optional">{t('mode.optional')}</option>
                <option value="required">{t('mode.required')}</option>
              </SelectField>
              {mode === 'required' && (
                <fieldset className="space-y-2">
                  <legend className="text-sm font-medium text-slate-800">{t('mode.breakGlass')}</legend>
                  <p className="text-xs text-slate-600">{t('mode.breakGlassHint')}</p>
                  {owners.data?.items.map((owner) => (
                    <Checkbox
                      key={owner.id}
                      label={owner.displayName}
                      checked={breakGlassPersonIds.includes(owner.id)}
                      onChange={(event) =>
                        form.setValue(
                          'breakGlassPersonIds',
                          event.target.checked
                            ? [...breakGlassPersonIds, owner.id]
                            : breakGlassPersonIds.filter((id) => id !== owner.id),
                        )
                      }
                    />
                  ))}
                </fieldset>
              )}
            </div>
          </Card>
          <div className="flex flex-wrap gap-2">
            <SubmitButton>{t('save')}</SubmitButton>
            <Button
              type="button"
              variant="secondary"
              isBusy={test.isPending}
              disabled={!saved.configured}
              onClick={() => test.mutate()}
            >
              {t('test.button')}
            </Button>
          </div>
          <div aria-live="polite">
            {test.data && (
              <div
                role="status"
                className={`rounded-md px-3 py-2 text-sm ${test.data.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900'}`}
              >
                <p className="font-medium">{t(`test.${test.data.code}`)}</p>
                {!test.data.ok && <p className="mt-1 text-xs">{test.data.message}</p>}
                {test.data.ok && (
                  <ul className="mt-1 text-xs">
                    {Object.entries(test.data.details).map(([key, value]) => (
                      <li key={key}>
                        {key}: <code>{String(value)}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </div>
        </div>
        <Card title={t('sp.title')} titleId="sso-sp" className="self-start">
          <p className="mb-3 text-xs text-slate-600">{t('sp.hint')}</p>
          <DescriptionList
            items={
              protocol === 'oidc'
                ? [
                    {
                      term: t('sp.redirectUri'),
                      value: <code className="break-all text-xs">{sp.oidcRedirectUri}</code>,
                    },
                  ]
                : [
                    {
                      term: t('sp.entityId'),
                      value: <code className="break-all text-xs">{sp.samlEntityId}</code>,
                    },
                    {
                      term: t('sp.acsUrl'),
                      value: <code className="break-all text-xs">{sp.samlAcsUrl}</code>,
                    },
                    {
                      term: t('sp.metadataUrl'),
                      value: <code className="break-all text-xs">{sp.samlMetadataUrl}</code>,
                    },
                  ]
            }
          />
        </Card>
      </Form>
    </>
  );
}
