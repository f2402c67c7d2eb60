import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { useMoney } from './development-api.ts';
import { LearningAgreementsCard } from './learning-agreements-card.tsx';
import { PlanStateBadge } from './plan-state-badge.tsx';

/** The manager's overview: plans shared with me, budget use of my reports, conversations to hold. */
export function TeamDevelopmentPage() {
  const { t, i18n } = useTranslation('development');
  const format = useFormat();
  const money = useMoney();
  const plans = useQuery({
    queryKey: ['development', 'plans', 'team'],
    queryFn: () => unwrap(api.GET('/api/v1/plans')),
  });
  const budgets = useQuery({
    queryKey: ['development', 'budgets', 'team'],
    queryFn: () => unwrap(api.GET('/api/v1/budgets')),
  });
  const conversations = useQuery({
    queryKey: ['development', 'conversations', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/conversations/mine')),
  });
  if (plans.isPending || budgets.isPending || conversations.isPending) return <Loading />;
  if (plans.isError) return <QueryError error={plans.error} />;
  if (budgets.isError) return <QueryError error={budgets.error} />;
  if (conversations.isError) return <QueryError error={conversations.error} />;
  const asManager = conversations.data.filter((c) => c.mySide === 'manager');
  return (
    <>
      <PageHeader title={t('team.title')} description={t('team.description')} />
      <div className="space-y-6">
        <Card title={t('team.plans')} titleId="team-plans">
          {plans.data.length === 0 ? (
            <p className="text-sm text-slate-600">{t('team.noPlans')}</p>
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1">{t('team.person')}</th>
                  <th>{t('team.state')}</th>
                  <th>{t('team.goals')}</th>
                  <th>{t('team.actionsDone')}</th>
                  <th>{t('team.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.data.map((plan) => (
                  <tr key={plan.id} className="border-t border-slate-100">
                    <td className="py-2">
                      <Link
                        to="/development/plans/$planId"
                        params={{ planId: plan.id }}
                        className="font-medium text-teal-700 underline"
                      >
                        {plan.person.displayName}
                      </Link>
                    </td>
                    <td>
                      <PlanStateBadge state={plan.state} />
                    </td>
                    <td>
                      <span className="flex flex-wrap items-center gap-2">
                        {plan.goals}
                        {plan.overdueGoals > 0 && (
                          <Badge tone="red">{t('team.overdueGoals', { count: plan.overdueGoals })}</Badge>
                        )}
                      </span>
                    </td>
                    <td>
                      {plan.actionsDone} / {plan.actions}
                    </td>
                    <td>{format.date(plan.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card title={t('team.conversations')} titleId="team-conversations">
          {asManager.length === 0 ? (
            <p className="text-sm text-slate-600">{t('team.noConversations')}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {asManager.map((c) => (
                <li key={c.id}>
                  <Link
                    to="/development/conversations/$conversationId"
                    params={{ conversationId: c.id }}
                    className="text-teal-700 underline"
                  >
                    {c.employee.displayName}
                  </Link>{' '}
                  · {c.cycle.name} ·{' '}
                  {c.isLocked
                    ? t('conversation.signed')
                    : c.meetingAt
                      ? format.dateTime(c.meetingAt)
                      : t('conversation.notPlanned')}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <LearningAgreementsCard scope="team" />
        <Card title={t('team.budgets')} titleId="team-budgets">
          <ul className="space-y-1 text-sm">
            {budgets.data.map((budget) => (
              <li key={budget.id} className="flex justify-between border-b border-slate-100 py-1">
                <span>{budget.person.displayName}</span>
                <span>
                  {t('team.budgetUse', {
                    used: money(budget.ledger.committedCents + budget.ledger.spentCents, i18n.language),
                    available: money(budget.ledger.availableCents, i18n.language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
