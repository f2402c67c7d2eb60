import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { type LtiTool, ltiKeys, toolsQuery, useStartRegistration } from './queries.ts';

const privacyLevels: LtiTool['privacy'][] = ['anonymous', 'name', 'name_email'];

/**
 * LTI Dynamic Registration: L&D pastes the tool's registration URL; the tool's page opens with our
 * configuration and a one-time token, registers itself, and says "close" (org.imsglobal.lti.close).
 * For a tool that asks for them instead, the configuration address and the token are shown to copy.
 */
export function DynamicRegistrationForm() {
  const { t } = useTranslation('lti');
  const client = useQueryClient();
  const start = useStartRegistration();
  const [toolUrl, setToolUrl] = useState('');
  const [privacy, setPrivacy] = useState<LtiTool['privacy']>('anonymous');
  const [isDone, setDone] = useState(false);
  // The tools there were when L&D started: a new dynamically registered one means the tool finished.
  // Polled as well as told, because the app's Cross-Origin-Opener-Policy cuts the popup's opener, so
  // the tool's org.imsglobal.lti.close message often cannot reach this window.
  const [knownIds, setKnownIds] = useState<string[] | null>(null);
  const tools = useQuery({ ...toolsQuery(), refetchInterval: knownIds && !isDone ? 2000 : false });
  const errors = fieldErrorsOf(start.error);
  useEffect(() => {
    if (!knownIds || isDone) return;
    if (tools.data?.some((tool) => tool.registeredBy === 'dynamic' && !knownIds.includes(tool.id)))
      setDone(true);
  }, [tools.data, knownIds, isDone]);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if ((event.data as { subject?: string } | null)?.subject !== 'org.imsglobal.lti.close') return;
      setDone(true);
      void client.invalidateQueries({ queryKey: ltiKeys.all });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [client]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setKnownIds((tools.data ?? []).map((tool) => tool.id));
    // Opened on the click itself so the pop-up blocker lets it through; pointed at the tool when ready.
    const target = window.open('about:blank', 'lti-registration');
    try {
      const started = await start.mutateAsync({ toolUrl: toolUrl.trim(), privacy });
      if (target) target.location.href = started.startUrl;
    } catch {
      target?.close();
      setKnownIds(null);
    }
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">{t('dynamic.intro')}</p>
      <TextField
        label={t('dynamic.toolUrl')}
        hint={t('dynamic.toolUrlHint')}
        required
        type="url"
        value={toolUrl}
        error={errors.toolUrl}
        onChange={(event) => setToolUrl(event.target.value)}
      />
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
      <FormErrorRegion error={start.error} shownFields={['toolUrl']} />
      <Button type="submit" isBusy={start.isPending}>
        {t('dynamic.start')}
      </Button>
      <p role="status" className="text-sm text-teal-800">
        {isDone ? t('dynamic.done') : start.isSuccess ? t('dynamic.waiting') : ''}
      </p>
      {start.data && !isDone && (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-700">{t('dynamic.configuration')}</dt>
          <dd className="break-all font-mono text-xs">{start.data.openidConfigurationUrl}</dd>
          <dt className="font-medium text-slate-700">{t('dynamic.token')}</dt>
          <dd className="break-all font-mono text-xs">{start.data.registrationToken}</dd>
        </dl>
      )}
    </form>
  );
}
