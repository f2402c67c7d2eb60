import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Checkbox, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { BrandingCard } from './branding-card.tsx';
import { ContentLanguagesCard } from './content-languages-card.tsx';
import { NudgeTextDialog } from './nudge-text-dialog.tsx';
import { type NudgeText, nudgeTextsQuery, settingsQuery, useSaveSettings } from './queries.ts';

const nudgeKinds = [
  'not_started',
  'stalled',
  'due_soon',
  'agreement_followup',
  'block_tomorrow',
  'teammate_finished',
] as const;

/** Admin: the weekly contact cap, quiet hours, which nudges go out, and the Teams/Slack channel. */
export function CampaignSettingsPage() {
  const { t } = useTranslation('campaigns');
  const current = useQuery(settingsQuery());
  const save = useSaveSettings();
  const [webhookUrl, setWebhookUrl] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [webhookKind, setWebhookKind] = useState<'teams' | 'slack'>('teams');
  const nudgeTexts = useQuery(nudgeTextsQuery());
  const [editing, setEditing] = useState<NudgeText | null>(null);
  if (current.isPending) return <Loading />;
  if (current.isError) return <QueryError error={current.error} />;
  const s = current.data;
  const errors = fieldErrorsOf(save.error);
  return (
    <div className="space-y-4">
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <FormErrorRegion error={save.error} />
      <Card title={t('settings.cap')} titleId="settings-cap">
        <form
          className="grid gap-4 md:grid-cols-3"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            save.mutate({
              weeklyCap: Number(data.get('weeklyCap')),
              quietFrom: String(data.get('quietFrom')),
              quietUntil: String(data.get('quietUntil')),
            });
          }}
        >
          <TextField
            name="weeklyCap"
            type="number"
            min={0}
            max={50}
            label={t('settings.weeklyCap')}
            hint={t('settings.weeklyCapHint')}
            defaultValue={s.weeklyCap}
            error={errors.weeklyCap}
          />
          <TextField
            name="quietFrom"
            type="time"
            label={t('settings.quietFrom')}
            defaultValue={s.quietFrom}
            error={errors.quietFrom}
          />
          <TextField
            name="quietUntil"
            type="time"
            label={t('settings.quietUntil')}
            defaultValue={s.quietUntil}
            error={errors.quietUntil}
          />
          <div>
            <Button type="submit" isBusy={save.isPending}>
              {t('settings.save')}
            </Button>
          </div>
        </form>
      </Card>
      <Card title={t('settings.nudges')} titleId="settings-nudges">
        <p className="mb-3 text-sm text-slate-600">{t('settings.nudgesHint')}</p>
        <ul className="space-y-2">
          {nudgeKinds.map((kind) => (
            <li key={kind} className="flex flex-wrap items-center justify-between gap-2">
              <Checkbox
                label={t(`nudges.kinds.${kind}`)}
                checked={s.nudgeKinds.includes(kind)}
                onChange={(event) =>
                  save.mutate({
                    nudgeKinds: event.currentTarget.checked
                      ? [...s.nudgeKinds, kind]
                      : s.nudgeKinds.filter((k) => k !== kind),
                  })
                }
              />
              <OwnTextButton nudge={nudgeTexts.data?.find((n) => n.kind === kind)} onEdit={setEditing} />
            </li>
          ))}
        </ul>
        {editing && (
          <NudgeTextDialog nudge={editing} languages={s.contentLanguages} onClose={() => setEditing(null)} />
        )}
      </Card>
      <Card title={t('settings.webhook')} titleId="settings-webhook">
        <p className="mb-3 text-sm text-slate-600">
          {s.webhook
            ? t('settings.webhookSet', { kind: t(`settings.kinds.${s.webhook.kind}`) })
            : t('settings.webhookNone')}
        </p>
        <form
          className="grid gap-4 md:grid-cols-3"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { webhook: { kind: webhookKind, url: webhookUrl, secret: webhookSecret || null } },
              {
                onSuccess: () => {
                  setWebhookUrl('');
                  setWebhookSecret('');
                },
              },
            );
          }}
        >
          <label className="text-sm font-medium text-slate-800">
            {t('settings.kind')}
            <select
              className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
              value={webhookKind}
              onChange={(event) => setWebhookKind(event.currentTarget.value as 'teams' | 'slack')}
            >
              <option value="teams">{t('settings.kinds.teams')}</option>
              <option value="slack">{t('settings.kinds.slack')}</option>
            </select>
          </label>
          <TextField
            type="url"
            label={t('settings.webhookUrl')}
            hint={t('settings.writeOnly')}
            value={webhookUrl}
            error={errors['webhook.url']}
            autoComplete="off"
            onChange={(event) => setWebhookUrl(event.currentTarget.value)}
          />
          <TextField
            type="password"
            label={t('settings.webhookSecret')}
            value={webhookSecret}
            error={errors['webhook.secret']}
            autoComplete="off"
            onChange={(event) => setWebhookSecret(event.currentTarget.value)}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={!webhookUrl}>
              {t('settings.saveWebhook')}
            </Button>
            {s.webhook && (
              <Button variant="ghost" onClick={() => save.mutate({ webhook: null })}>
                {t('settings.removeWebhook')}
              </Button>
            )}
          </div>
        </form>
      </Card>
      <ContentLanguagesCard languages={s.contentLanguages} />
      <BrandingCard />
    </div>
  );
}

/** Opens a kind's own texts; says which languages have one. */
function OwnTextButton({ nudge, onEdit }: { nudge: NudgeText | undefined; onEdit: (n: NudgeText) => void }) {
  const { t } = useTranslation('campaigns');
  if (!nudge) return null;
  const languages = nudge.texts.map((text) => text.language.toUpperCase()).join(', ');
  return (
    <Button variant="ghost" onClick={() => onEdit(nudge)}>
      {languages ? t('nudgeTexts.ownIn', { languages }) : t('nudgeTexts.edit')}
    </Button>
  );
}
