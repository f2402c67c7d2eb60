import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { type BudgetRequest, useDevelopmentMutation, useMoney } from './development-api.ts';
import { RequestStateBadge } from './plan-state-badge.tsx';

/** A budget request waiting for my decision: approve, decline with a reason, or (HR) go over budget. */
export function BudgetApprovalItem({ request }: { request: BudgetRequest }) {
  const { t, i18n } = useTranslation('development');
  const me = useMe();
  const money = useMoney();
  const format = useFormat();
  const [reason, setReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const approve = useDevelopmentMutation((overBudgetReason?: string) =>
    unwrap(
      api.POST('/api/v1/budgets/requests/{id}/approve', {
        params: { path: { id: request.id } },
        body: overBudgetReason ? { overBudgetReason } : {},
      }),
    ),
  );
  const decline = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/budgets/requests/{id}/decline', {
        params: { path: { id: request.id } },
        body: { reason },
      }),
    ),
  );
  const isOver = isApiError(approve.error) && approve.error.code === 'budget_exceeded';
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-label={request.title}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-base font-semibold text-slate-900">{request.person.displayName}</span>
        <span className="text-slate-600">· {request.title}</span>
        <RequestStateBadge state={request.state} />
        <span className="ml-auto font-semibold">{money(request.costCents, i18n.language)}</span>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {request.provider} · {format.date(request.startsOn)} – {format.date(request.endsOn)} ·{' '}
        {t('budget.hoursCount', { count: request.hours })}
      </p>
      {request.goal && <p className="mt-1 text-sm">{t('budget.forGoal', { goal: request.goal.title })}</p>}
      <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{request.motivation}</p>
      <FormErrorRegion error={approve.error ?? decline.error} />
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <Button onClick={() => approve.mutate(undefined)} isBusy={approve.isPending}>
          {t('approvals.approve')}
        </Button>
        <TextField label={t('approvals.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button
          variant="danger"
          onClick={() => decline.mutate(undefined)}
          isBusy={decline.isPending}
          disabled={!reason.trim()}
        >
          {t('approvals.decline')}
        </Button>
      </div>
      {isOver && can(me, 'development.manage') && (
        <div className="mt-3 flex flex-wrap items-end gap-2 rounded-lg bg-amber-50 p-3">
          <TextField
            label={t('approvals.overrideReason')}
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.target.value)}
          />
          <Button
            variant="secondary"
            onClick={() => approve.mutate(overrideReason)}
            disabled={!overrideReason.trim()}
          >
            {t('approvals.override')}
          </Button>
        </div>
      )}
    </li>
  );
}
