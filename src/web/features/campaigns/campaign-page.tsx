import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { CampaignResults } from './campaign-results.tsx';
import { PreviewDialog } from './message-preview.tsx';
import {
  type CampaignMessage,
  campaignQuery,
  useDeleteCampaign,
  useLaunchCampaign,
  useStopCampaign,
} from './queries.ts';

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
      {c.status !== 'draft' && <CampaignResults id={id} />}
      {previewing && (
        <PreviewDialog campaignId={id} message={previewing} onClose={() => setPreviewing(null)} />
      )}
    </div>
  );
}
