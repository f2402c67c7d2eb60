import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { campaignsQuery } from './queries.ts';

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
