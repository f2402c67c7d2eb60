import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../shared/money.ts';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { type ApprovalKind, approvalKinds, useApprovals } from './approvals.ts';
import { BudgetApprovalItem } from './budget-approval-item.tsx';
import { useDevelopmentMutation } from './development-api.ts';

type Items = ReturnType<typeof useApprovals>['items'];

const itemClass = 'rounded-xl border border-slate-200 bg-white p-5 shadow-sm';

function Section({ kind, count, children }: { kind: ApprovalKind; count: number; children: ReactNode }) {
  const { t } = useTranslation('development');
  if (count === 0) return null;
  return (
    <section aria-labelledby={`approvals-${kind}`} className="space-y-3">
      <h2 id={`approvals-${kind}`} className="text-base font-semibold text-slate-900">
        {t(`approvals.kinds.${kind}`)} <span className="font-normal text-slate-600">({count})</span>
      </h2>
      <ul className="space-y-3">{children}</ul>
    </section>
  );
}

function PlanItem({ plan }: { plan: Items['plans'][number] }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const agree = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/plans/{id}/agree', { params: { path: { id: plan.id } } })),
  );
  const name = plan.person.displayName;
  return (
    <li className={itemClass} aria-label={t('approvals.planOf', { name })}>
      <p className="font-semibold text-slate-900">{t('approvals.planOf', { name })}</p>
      <p className="mt-1 text-sm text-slate-600">
        {t('approvals.planSummary', { count: plan.goals, date: format.date(plan.updatedAt) })}
      </p>
      <FormErrorRegion error={agree.error} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link
          to="/development/plans/$planId"
          params={{ planId: plan.id }}
          className="text-sm font-medium text-teal-700 underline"
        >
          {t('approvals.readPlan', { name })}
        </Link>
        <Button variant="secondary" onClick={() => agree.mutate(undefined)} isBusy={agree.isPending}>
          {t('plan.agree')}
        </Button>
      </div>
    </li>
  );
}

function AgreementItem({ agreement }: { agreement: Items['agreements'][number] }) {
  const { t } = useTranslation('development');
  const agree = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/learning-agreements/{id}/agree', { params: { path: { id: agreement.id } } })),
  );
  return (
    <li className={itemClass} aria-label={`${agreement.person.displayName} · ${agreement.title}`}>
      <p className="font-semibold text-slate-900">
        {agreement.person.displayName} <span className="font-normal text-slate-600">· {agreement.title}</span>
      </p>
      <p className="mt-1 text-sm text-slate-800">{agreement.application}</p>
      <FormErrorRegion error={agree.error} />
      <Button
        className="mt-3"
        variant="secondary"
        onClick={() => agree.mutate(undefined)}
        isBusy={agree.isPending}
      >
        {t('agreement.agree')}
      </Button>
    </li>
  );
}

function AssignmentItem({ assignment }: { assignment: Items['assignments'][number] }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const confirm = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/learning/items/{id}/submissions/{personId}/confirm', {
        params: { path: { id: assignment.contentId, personId: assignment.person.id } },
      }),
    ),
  );
  return (
    <li className={itemClass} aria-label={`${assignment.person.displayName} · ${assignment.title}`}>
      <p className="font-semibold text-slate-900">
        {assignment.person.displayName}{' '}
        <span className="font-normal text-slate-600">· {assignment.title}</span>
      </p>
      <p className="mt-1 text-xs text-slate-500">
        {t('approvals.submittedOn', { date: format.date(assignment.submittedAt) })}
      </p>
      <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{assignment.reflection}</p>
      <FormErrorRegion error={confirm.error} />
      <Button
        className="mt-3"
        variant="secondary"
        onClick={() => confirm.mutate(undefined)}
        isBusy={confirm.isPending}
      >
        {t('approvals.confirmAssignment')}
      </Button>
    </li>
  );
}

function RatingItem({ request }: { request: Items['ratings'][number] }) {
  const { t, i18n } = useTranslation('development');
  const skills = request.skills.map((skill) => (i18n.language === 'en' ? skill.name.en : skill.name.nl));
  return (
    <li className={itemClass} aria-label={t('approvals.ratingOf', { name: request.person.displayName })}>
      <p className="font-semibold text-slate-900">
        {t('approvals.ratingOf', { name: request.person.displayName })}
      </p>
      <p className="mt-1 text-sm text-slate-700">{skills.join(', ')}</p>
      {request.message && <p className="mt-1 text-sm text-slate-800">{request.message}</p>}
      <Link to="/skills/requests" className="mt-3 inline-block text-sm font-medium text-teal-700 underline">
        {t('approvals.rate')}
      </Link>
    </li>
  );
}

function WorkshopItem({ request }: { request: Items['workshops'][number] }) {
  const { t, i18n } = useTranslation('development');
  const format = useFormat();
  const decide = useDevelopmentMutation((verb: 'approve' | 'decline') =>
    unwrap(
      api.POST(
        verb === 'approve'
          ? '/api/v1/workshops/approvals/{id}/approve'
          : '/api/v1/workshops/approvals/{id}/decline',
        { params: { path: { id: request.id } } },
      ),
    ),
  );
  const name = request.person.displayName;
  return (
    <li className={itemClass} aria-label={`${name} · ${request.title}`}>
      <p className="font-semibold text-slate-900">
        {name} <span className="font-normal text-slate-600">· {request.title}</span>
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {t('approvals.workshopWhen', { date: format.date(request.startsAt) })}
        {request.costCents !== null &&
          ` · ${t('approvals.workshopCost', { amount: formatEuros(request.costCents, i18n.language) })}`}
      </p>
      <FormErrorRegion error={decide.error} />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => decide.mutate('approve')} isBusy={decide.isPending}>
          {t('approvals.approveWorkshop', { name })}
        </Button>
        <Button variant="secondary" onClick={() => decide.mutate('decline')} isBusy={decide.isPending}>
          {t('approvals.declineWorkshop', { name })}
        </Button>
      </div>
    </li>
  );
}

/** One inbox for everything waiting on me, grouped and counted, each with its decision at hand. */
export function ApprovalsPage() {
  const { t } = useTranslation('development');
  const { isPending, error, items, counts } = useApprovals();
  if (isPending) return <Loading />;
  if (error) return <QueryError error={error} />;
  const total = approvalKinds.reduce((sum, kind) => sum + counts[kind], 0);
  return (
    <>
      <PageHeader title={t('approvals.title')} description={t('approvals.description')} />
      {total === 0 ? (
        <EmptyState title={t('approvals.empty')} />
      ) : (
        <div className="space-y-8">
          <nav aria-label={t('approvals.summary')}>
            <ul className="flex flex-wrap gap-2 text-sm">
              {approvalKinds
                .filter((kind) => counts[kind] > 0)
                .map((kind) => (
                  <li key={kind}>
                    <a
                      href={`#approvals-${kind}`}
                      className="inline-flex items-center gap-2 rounded-full bg-white px-3 py-1 ring-1 ring-slate-300 hover:bg-slate-50"
                    >
                      {t(`approvals.kinds.${kind}`)}
                      <span className="rounded-full bg-teal-700 px-2 text-xs font-semibold text-white">
                        {counts[kind]}
                      </span>
                    </a>
                  </li>
                ))}
            </ul>
          </nav>
          <Section kind="budgets" count={counts.budgets}>
            {items.budgets.map((request) => (
              <BudgetApprovalItem key={request.id} request={request} />
            ))}
          </Section>
          <Section kind="plans" count={counts.plans}>
            {items.plans.map((plan) => (
              <PlanItem key={plan.id} plan={plan} />
            ))}
          </Section>
          <Section kind="agreements" count={counts.agreements}>
            {items.agreements.map((agreement) => (
              <AgreementItem key={agreement.id} agreement={agreement} />
            ))}
          </Section>
          <Section kind="assignments" count={counts.assignments}>
            {items.assignments.map((assignment) => (
              <AssignmentItem
                key={`${assignment.contentId}-${assignment.person.id}`}
                assignment={assignment}
              />
            ))}
          </Section>
          <Section kind="ratings" count={counts.ratings}>
            {items.ratings.map((request) => (
              <RatingItem key={request.id} request={request} />
            ))}
          </Section>
          <Section kind="workshops" count={counts.workshops}>
            {items.workshops.map((request) => (
              <WorkshopItem key={request.id} request={request} />
            ))}
          </Section>
        </div>
      )}
    </>
  );
}
