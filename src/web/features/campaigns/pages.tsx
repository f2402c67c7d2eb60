import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Checkbox, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import {
  type CampaignMessage,
  campaignQuery,
  campaignsQuery,
  previewQuery,
  resultsQuery,
  settingsQuery,
  useDeleteCampaign,
  useLaunchCampaign,
  useSaveSettings,
  useStopCampaign,
} from './queries.ts';
import { ReadabilityNote } from './readability-note.tsx';

const nudgeKinds = [
  'not_started',
  'stalled',
  'due_soon',
  'agreement_followup',
  'block_tomorrow',
  'teammate_finished',
] as const;

/** L&D's campaigns: status, phase today, period. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const list = useQuery(campaignsQuery());
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('list.title')}
        description={t('list.intro')}
        actions={
          <>
            <ButtonLink to="/campaigns/themes" variant="secondary">
              {t('themes.title')}
            </ButtonLink>
            <ButtonLink to="/campaigns/new">{t('list.new')}</ButtonLink>
          </>
        }
      />
      {list.data.length === 0 && <EmptyState title={t('list.empty')} />}
      <ul className="space-y-3">
        {list.data.map((campaign) => (
          <li key={campaign.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link
                to="/campaigns/$id"
                params={{ id: campaign.id }}
                className="font-semibold text-slate-900 hover:underline"
              >
                {campaign.title}
              </Link>
              <div className="flex gap-2">
                <Badge tone={campaign.status === 'running' ? 'green' : 'neutral'}>
                  {t(`status.${campaign.status}`)}
                </Badge>
                {campaign.phase && <Badge tone="blue">{t(`phases.${campaign.phase}`)}</Badge>}
              </div>
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {format.date(campaign.startsOn)} – {format.date(campaign.endsOn)} ·{' '}
              {t('list.messages', { count: campaign.messageCount })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PreviewDialog({
  campaignId,
  message,
  onClose,
}: {
  campaignId: string;
  message: CampaignMessage;
  onClose: () => void;
}) {
  const { t } = useTranslation('campaigns');
  const preview = useQuery(previewQuery(campaignId, message.id));
  return (
    <Dialog isOpen onOpenChange={(open) => !open && onClose()} title={t('preview.title')} isWide>
      {preview.isPending && <Loading />}
      {preview.isError && <QueryError error={preview.error} />}
      {preview.data && (
        <div className="space-y-4">
          <p className="text-sm text-slate-600">
            {t('preview.recipients', {
              count: preview.data.recipients,
              channel: t(`channels.${message.channel}`),
            })}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            {preview.data.versions.map((version) => (
              <section key={version.locale} lang={version.locale} aria-label={t(`preview.${version.locale}`)}>
                <h3 className="text-sm font-semibold text-slate-700">
                  {t(`preview.${version.locale}`)} · {t('preview.readers', { count: version.recipients })}
                </h3>
                <div className="mt-2 rounded-lg border border-slate-200 bg-slate-50 p-3">
                  <p className="font-semibold text-slate-900">{version.subject}</p>
                  <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{version.text}</p>
                </div>
                <ReadabilityNote check={version.readability} />
              </section>
            ))}
          </div>
        </div>
      )}
    </Dialog>
  );
}

function Results({ id }: { id: string }) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const results = useQuery(resultsQuery(id));
  if (results.isPending) return <Loading />;
  if (results.isError) return <QueryError error={results.error} />;
  const r = results.data;
  const figures = [
    [t('results.reach'), `${format.number(r.reach)} / ${format.number(r.audienceSize)}`],
    [t('results.opened'), format.number(r.opened)],
    [t('results.clicked'), format.number(r.clicked)],
  ];
  return (
    <Card title={t('results.title')} titleId="campaign-results">
      <dl className="grid grid-cols-3 gap-3">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 p-3">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <table className="mt-4 w-full text-sm">
        <caption className="text-left text-sm text-slate-600">
          {t('results.compare', { count: r.days })}
        </caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1">
              <span className="sr-only">{t('results.figure')}</span>
            </th>
            <th scope="col">
              {t('results.before', { from: format.date(r.before.from), until: format.date(r.before.until) })}
            </th>
            <th scope="col">
              {t('results.during', { from: format.date(r.during.from), until: format.date(r.during.until) })}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="py-1 text-left font-medium">
              {t('results.enrolled')}
            </th>
            <td>{format.number(r.before.enrolled)}</td>
            <td className="font-semibold">{format.number(r.during.enrolled)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-1 text-left font-medium">
              {t('results.completed')}
            </th>
            <td>{format.number(r.before.completed)}</td>
            <td className="font-semibold">{format.number(r.during.completed)}</td>
          </tr>
        </tbody>
      </table>
      <table className="mt-4 w-full text-sm">
        <caption className="text-left text-sm text-slate-600">{t('results.perMessage')}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col">{t('results.message')}</th>
            <th scope="col">{t('results.reach')}</th>
            <th scope="col">{t('results.opened')}</th>
            <th scope="col">{t('results.clicked')}</th>
          </tr>
        </thead>
        <tbody>
          {r.perMessage.map((message) => (
            <tr key={message.id} className="border-t border-slate-100">
              <td className="py-1">
                {message.title}{' '}
                <span className="text-slate-500">
                  ({t(`phases.${message.phase}`)}, {t(`channels.${message.channel}`)})
                </span>
              </td>
              <td>{message.reached}</td>
              <td>{message.opened}</td>
              <td>{message.clicked}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** One campaign: its phases and messages (each previewable), launch or stop, and its results. */
export function CampaignPage() {
  const { t, i18n } = useTranslation('campaigns');
  const format = useFormat();
  const navigate = useNavigate();
  const { id } = useParams({ from: '/_app/campaigns/$id' });
  const campaign = useQuery(campaignQuery(id));
  const launch = useLaunchCampaign();
  const stop = useStopCampaign();
  const remove = useDeleteCampaign();
  const [previewing, setPreviewing] = useState<CampaignMessage | null>(null);
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <QueryError error={campaign.error} />;
  const c = campaign.data;
  const phaseDates = {
    hum: [c.startsOn, c.singFrom],
    sing: [c.singFrom, c.shoutFrom],
    shout: [c.shoutFrom, c.endsOn],
  } as const;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={
          <Link to="/campaigns" className="underline">
            {t('list.title')}
          </Link>
        }
        title={c.title}
        description={`${t(`status.${c.status}`)}${c.phase ? ` · ${t(`phases.${c.phase}`)}` : ''} · ${format.date(c.startsOn)} – ${format.date(c.endsOn)} · ${t('detail.audience', { count: c.audienceSize })}`}
        actions={
          c.status === 'draft' ? (
            <>
              <ButtonLink to="/campaigns/$id/promo" params={{ id }} variant="secondary">
                {t('promo.open')}
              </ButtonLink>
              <ButtonLink to="/campaigns/$id/edit" params={{ id }} variant="secondary">
                {t('detail.edit')}
              </ButtonLink>
              <Button
                variant="ghost"
                onClick={() => remove.mutate(id, { onSuccess: () => void navigate({ to: '/campaigns' }) })}
              >
                {t('detail.delete')}
              </Button>
              <Button isBusy={launch.isPending} onClick={() => launch.mutate(id)}>
                {t('detail.launch')}
              </Button>
            </>
          ) : c.status === 'running' || c.status === 'scheduled' ? (
            <>
              <ButtonLink to="/campaigns/$id/promo" params={{ id }} variant="secondary">
                {t('promo.open')}
              </ButtonLink>
              <Button variant="danger" isBusy={stop.isPending} onClick={() => stop.mutate(id)}>
                {t('detail.stop')}
              </Button>
            </>
          ) : (
            <ButtonLink to="/campaigns/$id/promo" params={{ id }} variant="secondary">
              {t('promo.open')}
            </ButtonLink>
          )
        }
      />
      <FormErrorRegion error={launch.error ?? stop.error ?? remove.error} />
      {c.goal && (
        <p className="text-sm text-slate-700">
          {t(`editor.goalKinds.${c.goal.kind}`)}: <strong>{c.goal.title}</strong>
        </p>
      )}
      {c.promoted.length > 0 && (
        <p className="text-sm text-slate-700">
          {t('editor.learning')}: {c.promoted.map((item) => item.title).join(', ')}
        </p>
      )}
      {(['hum', 'sing', 'shout'] as const).map((phase) => (
        <Card
          key={phase}
          title={`${t(`phases.${phase}`)} · ${format.date(phaseDates[phase][0])}`}
          titleId={`detail-${phase}`}
        >
          <ul className="divide-y divide-slate-100">
            {c.messages
              .filter((message) => message.phase === phase)
              .map((message) => (
                <li key={message.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div>
                    <p className="font-medium text-slate-900">
                      {i18n.language === 'en' ? message.titleEn : message.titleNl}
                    </p>
                    <p className="text-sm text-slate-600">
                      {t(`channels.${message.channel}`)} · {format.date(message.sendOn)} ·{' '}
                      {t(`messageStatus.${message.status}`)}
                      {message.lastError && (
                        <span className="text-red-700">
                          {' '}
                          · {t('detail.failed', { attempts: message.attempts, error: message.lastError })}
                        </span>
                      )}
                    </p>
                  </div>
                  <Button variant="secondary" onClick={() => setPreviewing(message)}>
                    {t('detail.preview')}
                  </Button>
                </li>
              ))}
          </ul>
          {c.messages.every((message) => message.phase !== phase) && (
            <p className="text-sm text-slate-600">{t('detail.noMessages')}</p>
          )}
        </Card>
      ))}
      {c.status !== 'draft' && <Results id={id} />}
      {previewing && (
        <PreviewDialog campaignId={id} message={previewing} onClose={() => setPreviewing(null)} />
      )}
    </div>
  );
}

/** Admin: the weekly contact cap, quiet hours, which nudges go out, and the Teams/Slack channel. */
export function CampaignSettingsPage() {
  const { t } = useTranslation('campaigns');
  const current = useQuery(settingsQuery());
  const save = useSaveSettings();
  const [webhookUrl, setWebhookUrl] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [webhookKind, setWebhookKind] = useState<'teams' | 'slack'>('teams');
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
            <li key={kind}>
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
            </li>
          ))}
        </ul>
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
    </div>
  );
}
