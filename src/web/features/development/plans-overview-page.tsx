import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { PlanStateBadge } from './plan-state-badge.tsx';

const states = ['draft', 'shared', 'agreed', 'reviewed'] as const;

/** HR: every plan's state this year. A draft shows as a state only; shared plans can be opened. */
export function PlansOverviewPage() {
  const { t } = useTranslation('development');
  const format = useFormat();
  const plans = useQuery({
    queryKey: ['development', 'plans', 'organisation'],
    queryFn: () => unwrap(api.GET('/api/v1/plans', { params: { query: { scope: 'organisation' } } })),
  });
  if (plans.isPending) return <Loading />;
  if (plans.isError) return <QueryError error={plans.error} />;
  const count = (state: (typeof states)[number]) => plans.data.filter((plan) => plan.state === state).length;
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.description')} />
      <div className="space-y-6">
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {states.map((state) => (
            <div key={state} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <dt className="text-sm text-slate-600">{t(`plan.state.${state}`)}</dt>
              <dd className="mt-1 text-2xl font-semibold text-slate-900">{format.number(count(state))}</dd>
            </div>
          ))}
        </dl>
        {plans.data.length === 0 ? (
          <EmptyState title={t('overview.none')} />
        ) : (
          <Card title={t('overview.list')} titleId="plans-overview">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1">{t('team.person')}</th>
                  <th>{t('team.state')}</th>
                  <th>{t('team.goals')}</th>
                  <th>{t('team.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.data.slice(0, 500).map((plan) => (
                  <tr key={plan.id} className="border-t border-slate-100">
                    <td className="py-2">
                      {plan.state === 'draft' ? (
                        plan.person.displayName
                      ) : (
                        <Link
                          to="/development/plans/$planId"
                          params={{ planId: plan.id }}
                          className="text-teal-700 underline"
                        >
                          {plan.person.displayName}
                        </Link>
                      )}
                    </td>
                    <td>
                      <PlanStateBadge state={plan.state} />
                    </td>
                    <td>{plan.goals}</td>
                    <td>{format.date(plan.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </div>
    </>
  );
}
