import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { SelectField as PlainSelectField } from '../../components/field.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
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

// The API's toolInput: a name (at most 200), the tool's addresses (login and launch required, at
// most 2000 characters; the server checks they are http(s) addresses), privacy and presentation.
const url = z.string().trim().max(2000);
const toolSchema = z.object({
  name: z.string().trim().min(1).max(200),
  loginUrl: url.min(1),
  launchUrl: url.min(1),
  deepLinkUrl: url,
  jwksUrl: url,
  privacy: z.enum(['anonymous', 'name', 'name_email']),
  presentation: z.enum(['window', 'iframe']),
});
const newTool: z.input<typeof toolSchema> = {
  name: '',
  loginUrl: '',
  launchUrl: '',
  deepLinkUrl: '',
  jwksUrl: '',
  privacy: 'anonymous',
  presentation: 'window',
};

function RegisterForm() {
  const { t } = useTranslation('lti');
  const register = useRegisterTool();
  const form = useZodForm(toolSchema, { defaultValues: newTool });
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        register.reset();
        await register.mutateAsync({
          ...values,
          deepLinkUrl: values.deepLinkUrl || null,
          jwksUrl: values.jwksUrl || null,
        });
        // Emptied once registered: the tool shows above, and a second click must not register it twice.
        form.reset(newTool);
      }}
    >
      <TextField name="name" label={t('tool.name')} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="loginUrl"
          label={t('tool.loginUrl')}
          hint={t('tool.loginUrlHint')}
          required
          type="url"
        />
        <TextField name="launchUrl" label={t('tool.launchUrl')} required type="url" />
        <TextField
          name="deepLinkUrl"
          label={t('tool.deepLinkUrl')}
          hint={t('tool.deepLinkUrlHint')}
          type="url"
        />
        <TextField name="jwksUrl" label={t('tool.jwksUrl')} required type="url" />
      </div>
      <SelectField name="privacy" label={t('tool.privacy')} hint={t('tool.privacyHint')}>
        {privacyLevels.map((level) => (
          <option key={level} value={level}>
            {t(`privacy.${level}`)}
          </option>
        ))}
      </SelectField>
      <SelectField name="presentation" label={t('item.presentation')} hint={t('item.presentationHint')}>
        <option value="window">{t('item.window')}</option>
        <option value="iframe">{t('item.iframe')}</option>
      </SelectField>
      <FormError />
      <SubmitButton>{t('tool.register')}</SubmitButton>
      {register.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('tool.registered')}
        </p>
      )}
    </Form>
  );
}

/** A tool's presentation, saved as soon as it is chosen. */
function PresentationField({
  value,
  onChange,
}: {
  value: LtiTool['presentation'];
  onChange: (value: LtiTool['presentation']) => void;
}) {
  const { t } = useTranslation('lti');
  return (
    <PlainSelectField
      label={t('item.presentation')}
      hint={t('item.presentationHint')}
      value={value}
      onChange={(event) => onChange(event.target.value as LtiTool['presentation'])}
    >
      <option value="window">{t('item.window')}</option>
      <option value="iframe">{t('item.iframe')}</option>
    </PlainSelectField>
  );
}

// The API's item body: a title (at most 200) and, optionally, the tool's address for it.
const itemSchema = z.object({
  title: z.string().trim().min(1).max(200),
  targetUrl: z.string().trim().max(2000),
});

function AddItemForm({ tool }: { tool: LtiTool }) {
  const { t } = useTranslation('lti');
  const add = useAddItem();
  const form = useZodForm(itemSchema, { defaultValues: { title: '', targetUrl: '' } });
  return (
    <Form
      form={form}
      onSubmit={(values) => {
        add.reset();
        return add.mutateAsync({
          toolId: tool.id,
          title: values.title,
          targetUrl: values.targetUrl || null,
          presentation: tool.presentation,
        });
      }}
      className="mt-3 space-y-3 border-t border-slate-200 pt-3"
    >
      <TextField name="title" label={t('item.title')} required />
      <TextField name="targetUrl" label={t('item.targetUrl')} hint={t('item.targetUrlHint')} type="url" />
      <FormError />
      <SubmitButton variant="secondary">{t('item.add')}</SubmitButton>
      {add.isSuccess && (
        <p role="status" className="text-sm text-teal-800">
          {t('item.added')}
        </p>
      )}
    </Form>
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
