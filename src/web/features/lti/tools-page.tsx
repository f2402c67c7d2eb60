import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { DynamicRegistrationForm } from './dynamic-registration.tsx';
import {
  type LtiTool,
  loginAddress,
  platformQuery,
  toolsQuery,
  useAddItem,
  useDeepLinking,
  useRegisterTool,
  useRemoveTool,
  useRotateKey,
  useSetPresentation,
} from './queries.ts';

const privacyLevels: LtiTool['privacy'][] = ['anonymous', 'name', 'name_email'];

function PlatformCard() {
  const { t } = useTranslation('lti');
  const platform = useQuery(platformQuery());
  const rotate = useRotateKey();
  if (platform.isPending) return <Loading />;
  if (platform.isError) return <QueryError error={platform.error} />;
  const rows: [string, string][] = [
    [t('platform.issuer'), platform.data.issuer],
    [t('platform.jwks'), platform.data.jwksUrl],
    [t('platform.authorize'), platform.data.authorizeUrl],
    [t('platform.token'), platform.data.tokenUrl],
    [t('platform.deepLinkReturn'), platform.data.deepLinkReturnUrl],
  ];
  return (
    <Card
      title={t('platform.title')}
      titleId="lti-platform"
      actions={
        <Button variant="secondary" isBusy={rotate.isPending} onClick={() => rotate.mutate()}>
          {t('platform.rotate')}
        </Button>
      }
    >
      <p className="text-sm text-slate-700">{t('platform.intro')}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-all font-mono text-xs text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-600">
        {t('platform.keys', { count: platform.data.keys.length })}
        {rotate.isSuccess && ` · ${t('platform.rotated')}`}
      </p>
    </Card>
  );
}

function RegisterForm() {
  const { t } = useTranslation('lti');
  const register = useRegisterTool();
  const empty = { name: '', loginUrl: '', launchUrl: '', deepLinkUrl: '', jwksUrl: '' };
  const [form, setForm] = useState(empty);
  const [privacy, setPrivacy] = useState<LtiTool['privacy']>('anonymous');
  const [presentation, setPresentation] = useState<LtiTool['presentation']>('window');
  const errors = fieldErrorsOf(register.error);
  const field = (key: keyof typeof form) => ({
    value: form[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate(
      {
        ...form,
        deepLinkUrl: form.deepLinkUrl.trim() || null,
        jwksUrl: form.jwksUrl.trim() || null,
        privacy,
        presentation,
      },
      // Emptied once registered: the tool shows above, and a second click must not register it twice.
      {
        onSuccess: () => {
          setForm(empty);
          setPrivacy('anonymous');
          setPresentation('window');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField label={t('tool.name')} required {...field('name')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('tool.loginUrl')}
          hint={t('tool.loginUrlHint')}
          required
          type="url"
          {...field('loginUrl')}
        />
        <TextField label={t('tool.launchUrl')} required type="url" {...field('launchUrl')} />
        <TextField
          label={t('tool.deepLinkUrl')}
          hint={t('tool.deepLinkUrlHint')}
          type="url"
          {...field('deepLinkUrl')}
        />
        <TextField label={t('tool.jwksUrl')} required type="url" {...field('jwksUrl')} />
      </div>
      <SelectField
        label={t('tool.privacy')}
        hint={t('tool.privacyHint')}
        value={privacy}
        onChange={(event) => setPrivacy(event.target.value as LtiTool['privacy'])}
      >
        {privacyLevels.map((level) => (
          <option key={level} value={level}>
            {t(`privacy.${level}`)}
          </option>
        ))}
      </SelectField>
      <PresentationField value={presentation} onChange={setPresentation} />
      <FormErrorRegion
        error={register.error}
        shownFields={['name', 'loginUrl', 'launchUrl', 'deepLinkUrl', 'jwksUrl']}
      />
      <Button type="submit" isBusy={register.isPending}>
        {t('tool.register')}
      </Button>
      {register.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('tool.registered')}
        </p>
      )}
    </form>
  );
}

function PresentationField({
  value,
  onChange,
}: {
  value: LtiTool['presentation'];
  onChange: (value: LtiTool['presentation']) => void;
}) {
  const { t } = useTranslation('lti');
  return (
    <SelectField
      label={t('item.presentation')}
      hint={t('item.presentationHint')}
      value={value}
      onChange={(event) => onChange(event.target.value as LtiTool['presentation'])}
    >
      <option value="window">{t('item.window')}</option>
      <option value="iframe">{t('item.iframe')}</option>
    </SelectField>
  );
}

function AddItemForm({ tool }: { tool: LtiTool }) {
  const { t } = useTranslation('lti');
  const add = useAddItem();
  const [title, setTitle] = useState('');
  const [targetUrl, setTargetUrl] = useState('');
  const errors = fieldErrorsOf(add.error);
  return (
    <form
      className="mt-3 space-y-3 border-t border-slate-200 pt-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({
          toolId: tool.id,
          title,
          targetUrl: targetUrl.trim() || null,
          presentation: tool.presentation,
        });
      }}
    >
      <TextField
        label={t('item.title')}
        required
        value={title}
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextField
        label={t('item.targetUrl')}
        hint={t('item.targetUrlHint')}
        type="url"
        value={targetUrl}
        error={errors.targetUrl}
        onChange={(e) => setTargetUrl(e.target.value)}
      />
      <FormErrorRegion error={add.error} shownFields={['title', 'targetUrl']} />
      <Button type="submit" variant="secondary" isBusy={add.isPending}>
        {t('item.add')}
      </Button>
      {add.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('item.added')}
        </p>
      )}
    </form>
  );
}

function ToolCard({ tool }: { tool: LtiTool }) {
  const { t } = useTranslation('lti');
  const deepLinking = useDeepLinking();
  const remove = useRemoveTool();
  const setPresentation = useSetPresentation();
  const pick = async () => {
    const login = await deepLinking.mutateAsync(tool.id);
    window.open(loginAddress(login), '_blank', 'noopener');
  };
  return (
    <Card title={tool.name} titleId={`tool-${tool.id}`}>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-700">{t('tool.clientId')}</dt>
        <dd className="font-mono text-xs">{tool.clientId}</dd>
        <dt className="font-medium text-slate-700">{t('tool.deploymentId')}</dt>
        <dd className="font-mono text-xs">{tool.deploymentId}</dd>
        <dt className="font-medium text-slate-700">{t('tool.privacy')}</dt>
        <dd>{t(`privacy.${tool.privacy}`)}</dd>
        <dt className="font-medium text-slate-700">{t('tool.launches')}</dt>
        <dd>{tool.launchCount}</dd>
        <dt className="font-medium text-slate-700">{t('tool.registeredBy')}</dt>
        <dd>{t(`registeredBy.${tool.registeredBy}`)}</dd>
      </dl>
      <div className="mt-3 max-w-xs">
        <PresentationField
          value={tool.presentation}
          onChange={(presentation) => setPresentation.mutate({ toolId: tool.id, presentation })}
        />
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" isBusy={deepLinking.isPending} onClick={pick}>
          {t('tool.pickContent')}
        </Button>
        <Button variant="secondary" isBusy={remove.isPending} onClick={() => remove.mutate(tool.id)}>
          {t('tool.remove')}
        </Button>
      </div>
      <FormErrorRegion error={remove.error ?? deepLinking.error ?? setPresentation.error} shownFields={[]} />
      <AddItemForm tool={tool} />
    </Card>
  );
}

/** L&D: Groeipad's platform details to enter in a tool, the registered tools, and new ones. */
export function ToolsPage() {
  const { t } = useTranslation('lti');
  const tools = useQuery(toolsQuery());
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('intro')} />
      <PlatformCard />
      {tools.isPending && <Loading />}
      {tools.isError && <QueryError error={tools.error} />}
      {tools.data?.length === 0 && <EmptyState title={t('empty')} />}
      <div className="grid gap-4 lg:grid-cols-2">
        {tools.data?.map((tool) => (
          <ToolCard key={tool.id} tool={tool} />
        ))}
      </div>
      <Card title={t('dynamic.title')} titleId="lti-dynamic-registration">
        <DynamicRegistrationForm />
      </Card>
      <Card title={t('tool.new')} titleId="lti-new-tool">
        <RegisterForm />
      </Card>
    </div>
  );
}
