import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button, buttonClass } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { BudgetRequestForm } from './budget-request-form.tsx';
import { type BudgetRequest, centsOf, useDevelopmentMutation, useMoney } from './development-api.ts';
import { LearningAgreementForm } from './learning-agreement-form.tsx';
import { RequestStateBadge } from './plan-state-badge.tsx';

type Ledger = {
  availableCents: number;
  pendingCents: number;
  committedCents: number;
  spentCents: number;
  remainingCents: number;
  hours: number;
  hoursUsed: number;
};

export function LedgerFigures({ ledger }: { ledger: Ledger }) {
  const { t, i18n } = useTranslation('development');
  const money = useMoney();
  const figures = [
    ['available', ledger.availableCents],
    ['committed', ledger.committedCents],
    ['spent', ledger.spentCents],
    ['remaining', ledger.remainingCents],
  ] as const;
  // The note on pending requests sits after the list: a <dl> may hold only terms and values.
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5" aria-label={t('budget.ledger')}>
        {figures.map(([key, cents]) => (
          <div key={key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{t(`budget.figures.${key}`)}</dt>
            <dd
              className={`mt-1 text-xl font-semibold ${key === 'remaining' && cents < 0 ? 'text-red-700' : 'text-slate-900'}`}
            >
              {money(cents, i18n.language)}
            </dd>
          </div>
        ))}
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-600">{t('budget.figures.hours')}</dt>
          <dd className="mt-1 text-xl font-semibold text-slate-900">
            {ledger.hoursUsed} / {ledger.hours}
          </dd>
        </div>
      </dl>
      {ledger.pendingCents > 0 && (
        <p className="mt-3 text-sm text-slate-600">
          {t('budget.pending', { amount: money(ledger.pendingCents, i18n.language) })}
        </p>
      )}
    </>
  );
}

function RequestItem({ request, hasAgreement }: { request: BudgetRequest; hasAgreement: boolean }) {
  const { t, i18n } = useTranslation('development');
  const money = useMoney();
  const format = useFormat();
  const [spent, setSpent] = useState('');
  const [isAgreementOpen, setIsAgreementOpen] = useState(false);
  const cancel = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/budgets/requests/{id}/cancel', { params: { path: { id: request.id } } })),
  );
  const attach = useDevelopmentMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    // openapi-fetch sends FormData as it is, with the CSRF header; the browser adds the boundary.
    return unwrap(
      api.POST('/api/v1/budgets/requests/{id}/files', {
        params: {
          path: { id: request.id },
          query: { purpose: request.state === 'approved' ? 'proof' : 'quote' },
        },
        body: form as unknown as { file: string },
      }),
    );
  });
  const complete = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/budgets/requests/{id}/complete', {
        params: { path: { id: request.id } },
        body: { spentCents: centsOf(spent) },
      }),
    ),
  );
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-900">{request.title}</span>
        <span className="text-sm text-slate-600">· {request.provider}</span>
        <RequestStateBadge state={request.state} />
        <span className="ml-auto text-sm font-medium">{money(request.costCents, i18n.language)}</span>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {[
          request.startsOn || request.endsOn
            ? `${format.date(request.startsOn)} – ${format.date(request.endsOn)}`
            : null,
          request.goal ? t('budget.forGoal', { goal: request.goal.title }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {request.declineReason && (
        <p className="mt-1 text-sm text-red-800">
          {t('budget.declinedBecause', { reason: request.declineReason })}
        </p>
      )}
      {request.files.length > 0 && (
        <ul className="mt-1 text-xs">
          {request.files.map((file) => (
            <li key={file.id}>
              <a
                className="text-teal-700 underline"
                href={`/api/v1/budgets/requests/${request.id}/files/${file.id}`}
              >
                {t(`budget.file.${file.purpose}`)}: {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      <FormErrorRegion error={cancel.error ?? complete.error ?? attach.error} />
      <div className="mt-2 flex flex-wrap items-end gap-2">
        {request.can.cancel && (
          <Button variant="secondary" onClick={() => cancel.mutate(undefined)} isBusy={cancel.isPending}>
            {t('budget.cancel')}
          </Button>
        )}
        {['pending_manager', 'pending_hr', 'approved'].includes(request.state) && (
          <label className={buttonClass('ghost', 'cursor-pointer')}>
            {request.state === 'approved' ? t('budget.file.addProof') : t('budget.file.addQuote')}
            <input
              type="file"
              accept="application/pdf,image/png,image/jpeg"
              className="sr-only"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) attach.mutate(file);
                e.target.value = '';
              }}
            />
          </label>
        )}
        {request.can.complete && !hasAgreement && !isAgreementOpen && (
          <Button variant="secondary" onClick={() => setIsAgreementOpen(true)}>
            {t('agreement.make')}
          </Button>
        )}
        {request.can.complete && hasAgreement && (
          <>
            <TextField
              label={t('budget.actualCost')}
              inputMode="decimal"
              value={spent}
              onChange={(e) => setSpent(e.target.value)}
            />
            <Button onClick={() => complete.mutate(undefined)} isBusy={complete.isPending} disabled={!spent}>
              {t('budget.complete')}
            </Button>
          </>
        )}
      </div>
      {isAgreementOpen && (
        <LearningAgreementForm
          subject={{
            title: request.title,
            budgetRequestId: request.id,
            goalId: request.goal?.id ?? null,
            startsOn: request.startsOn,
          }}
          onDone={() => setIsAgreementOpen(false)}
        />
      )}
    </li>
  );
}

export function BudgetPage({ initial }: { initial: { goalId?: string; actionId?: string; title?: string } }) {
  const { t } = useTranslation('development');
  const [isRequesting, setIsRequesting] = useState(Boolean(initial.title));
  const budget = useQuery({
    queryKey: ['development', 'budget', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/budgets/mine')),
  });
  const plan = useQuery({
    queryKey: ['development', 'plan', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/plans/mine')),
  });
  const agreements = useQuery({
    queryKey: ['development', 'agreements', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/learning-agreements/mine')),
  });
  if (budget.isPending) return <Loading />;
  if (budget.isError) return <QueryError error={budget.error} />;
  const withAgreement = new Set((agreements.data ?? []).map((a) => a.budgetRequestId).filter(Boolean));
  return (
    <>
      <PageHeader
        title={t('budget.myTitle', { year: budget.data.year })}
        description={t('budget.myDescription')}
        actions={
          budget.data.budget &&
          !isRequesting && <Button onClick={() => setIsRequesting(true)}>{t('budget.newRequest')}</Button>
        }
      />
      {!budget.data.budget ? (
        <EmptyState title={t('budget.noneTitle')}>{t('budget.noneBody')}</EmptyState>
      ) : (
        <div className="space-y-6">
          <LedgerFigures ledger={budget.data.budget.ledger} />
          {isRequesting && (
            <Card title={t('budget.newRequest')} titleId="budget-new">
              <BudgetRequestForm
                goals={plan.data?.plan?.goals ?? []}
                initial={initial}
                onDone={() => setIsRequesting(false)}
              />
            </Card>
          )}
          <Card title={t('budget.requests')} titleId="budget-requests">
            {budget.data.requests.length === 0 ? (
              <p className="text-sm text-slate-600">{t('budget.noRequests')}</p>
            ) : (
              <ul className="space-y-3">
                {budget.data.requests.map((request) => (
                  <RequestItem
                    key={request.id}
                    request={request}
                    hasAgreement={withAgreement.has(request.id)}
                  />
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
