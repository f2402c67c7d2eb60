import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import {
  type SsoSettings,
  useOwners,
  useSaveSsoSettings,
  useSsoSettings,
  useTestSsoConnection,
} from './queries.ts';

type Form = {
  protocol: 'oidc' | 'saml';
  displayName: string;
  isEnabled: boolean;
  mode: 'optional' | 'required';
  matchBy: 'email' | 'employee_number';
  employeeNumberClaim: string;
  groupsClaim: string;
  createsPeople: boolean;
  breakGlassPersonIds: string[];
  emailDomains: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  metadataUrl: string;
  metadataXml: string;
};

const formOf = (s: SsoSettings): Form => ({
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
  issuer: s.oidc?.issuer ?? '',
  clientId: s.oidc?.clientId ?? '',
  clientSecret: '',
  metadataUrl: s.saml?.metadataUrl ?? '',
  metadataXml: s.saml?.metadataXml ?? '',
});

export function SsoSettingsPage() {
  const { t } = useTranslation('sso');
  const settings = useSsoSettings();
  const owners = useOwners();
  const save = useSaveSsoSettings();
  const test = useTestSsoConnection();
  const [form, setForm] = useState<Form | null>(null);
  useEffect(() => {
    if (settings.data) setForm(formOf(settings.data));
  }, [settings.data]);
  const saved = settings.data;
  if (!saved || !form) return settings.isError ? <QueryError error={settings.error} /> : <Loading />;
  const sp = saved.serviceProvider;
  const errors = fieldErrorsOf(save.error);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    test.reset();
    save.mutate({
      protocol: form.protocol,
      displayName: form.displayName,
      isEnabled: form.isEnabled,
      mode: form.mode,
      matchBy: form.matchBy,
      employeeNumberClaim: form.employeeNumberClaim.trim() || null,
      groupsClaim: form.groupsClaim.trim() || null,
      createsPeople: form.createsPeople,
      breakGlassPersonIds: form.mode === 'required' ? form.breakGlassPersonIds : [],
      emailDomains: form.emailDomains
        .split(/[\s,;]+/)
        .map((domain) => domain.trim())
        .filter(Boolean),
      oidc:
        form.protocol === 'oidc'
          ? { issuer: form.issuer, clientId: form.clientId, clientSecret: form.clientSecret || undefined }
          : null,
      saml:
        form.protocol === 'saml'
          ? { metadataUrl: form.metadataUrl.trim() || null, metadataXml: form.metadataXml.trim() || null }
          : null,
    });
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <form onSubmit={submit} noValidate className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-4">
          <FormErrorRegion error={save.error} shownFields={Object.keys(errors)} />
          <div aria-live="polite">
            {save.isSuccess && (
              <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t('saved')}</p>
            )}
          </div>
          <Card title={t('provider.title')} titleId="sso-provider">
            <div className="max-w-xl space-y-4">
              <SelectField
                label={t('provider.protocol')}
                value={form.protocol}
                onChange={(event) => set('protocol', event.target.value as Form['protocol'])}
              >
                <option value="oidc">OpenID Connect</option>
                <option value="saml">SAML 2.0</option>
              </SelectField>
              <TextField
                label={t('provider.displayName')}
                hint={t('provider.displayNameHint')}
                required
                value={form.displayName}
                onChange={(event) => set('displayName', event.target.value)}
                error={errors.displayName}
              />
              {form.protocol === 'oidc' ? (
                <>
                  <TextField
                    label={t('provider.issuer')}
                    hint={t('provider.issuerHint')}
                    type="url"
                    required
                    value={form.issuer}
                    onChange={(event) => set('issuer', event.target.value)}
                    error={errors['oidc.issuer'] ?? errors.oidc}
                  />
                  <TextField
                    label={t('provider.clientId')}
                    required
                    value={form.clientId}
                    onChange={(event) => set('clientId', event.target.value)}
                    error={errors['oidc.clientId']}
                  />
                  <TextField
                    label={t('provider.clientSecret')}
                    hint={saved.oidc?.hasClientSecret ? t('provider.clientSecretKept') : undefined}
                    type="password"
                    autoComplete="off"
                    value={form.clientSecret}
                    onChange={(event) => set('clientSecret', event.target.value)}
                    error={errors['oidc.clientSecret']}
                  />
                </>
              ) : (
                <>
                  <TextField
                    label={t('provider.metadataUrl')}
                    type="url"
                    value={form.metadataUrl}
                    onChange={(event) => set('metadataUrl', event.target.value)}
                    error={errors['saml.metadataUrl']}
                  />
                  <TextArea
                    label={t('provider.metadataXml')}
                    hint={t('provider.metadataXmlHint')}
                    rows={5}
                    value={form.metadataXml}
                    onChange={(event) => set('metadataXml', event.target.value)}
                    error={errors['saml.metadataXml']}
                  />
                </>
              )}
            </div>
          </Card>
          <Card title={t('people.title')} titleId="sso-people">
            <div className="max-w-xl space-y-4">
              <SelectField
                label={t('people.matchBy')}
                value={form.matchBy}
                onChange={(event) => set('matchBy', event.target.value as Form['matchBy'])}
              >
                <option value="email">{t('people.byEmail')}</option>
                <option value="employee_number">{t('people.byEmployeeNumber')}</option>
              </SelectField>
              {form.matchBy === 'employee_number' && (
                <TextField
                  label={t('people.employeeNumberClaim')}
                  hint={t('people.employeeNumberClaimHint')}
                  value={form.employeeNumberClaim}
                  onChange={(event) => set('employeeNumberClaim', event.target.value)}
                  error={errors.employeeNumberClaim}
                />
              )}
              <TextField
                label={t('people.groupsClaim')}
                hint={t('people.groupsClaimHint')}
                value={form.groupsClaim}
                onChange={(event) => set('groupsClaim', event.target.value)}
                error={errors.groupsClaim}
              />
              <Checkbox
                label={t('people.createsPeople')}
                hint={t('people.createsPeopleHint')}
                checked={form.createsPeople}
                onChange={(event) => set('createsPeople', event.target.checked)}
              />
              <TextField
                label={t('people.emailDomains')}
                hint={t('people.emailDomainsHint')}
                value={form.emailDomains}
                onChange={(event) => set('emailDomains', event.target.value)}
                error={errors.emailDomains}
              />
            </div>
          </Card>
          <Card title={t('mode.title')} titleId="sso-mode">
            <div className="max-w-xl space-y-4">
              <Checkbox
                label={t('mode.enabled')}
                hint={t('mode.enabledHint')}
                checked={form.isEnabled}
                onChange={(event) => set('isEnabled', event.target.checked)}
              />
              <SelectField
                label={t('mode.mode')}
                value={form.mode}
                onChange={(event) => set('mode', event.target.value as Form['mode'])}
              >
                <option value="optional">{t('mode.optional')}</option>
                <option value="required">{t('mode.required')}</option>
              </SelectField>
              {form.mode === 'required' && (
                <fieldset className="space-y-2">
                  <legend className="text-sm font-medium text-slate-800">{t('mode.breakGlass')}</legend>
                  <p className="text-xs text-slate-600">{t('mode.breakGlassHint')}</p>
                  {owners.data?.items.map((owner) => (
                    <Checkbox
                      key={owner.id}
                      label={owner.displayName}
                      checked={form.breakGlassPersonIds.includes(owner.id)}
                      onChange={(event) =>
                        set(
                          'breakGlassPersonIds',
                          event.target.checked
                            ? [...form.breakGlassPersonIds, owner.id]
                            : form.breakGlassPersonIds.filter((id) => id !== owner.id),
                        )
                      }
                    />
                  ))}
                  {errors.breakGlassPersonIds && (
                    <p className="text-sm text-red-700">{errors.breakGlassPersonIds.message}</p>
                  )}
                </fieldset>
              )}
            </div>
          </Card>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" isBusy={save.isPending}>
              {t('save')}
            </Button>
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
              form.protocol === 'oidc'
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
      </form>
    </>
  );
}
