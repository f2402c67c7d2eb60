import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { resultsQuery } from './queries.ts';

/** A launched campaign's reach, opens and clicks, and its learning before vs during the campaign. */
export function CampaignResults({ id }: { id: string }) {
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
