import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { EmptyState } from '../../components/states.tsx';
import { WorkshopSignUp } from '../events/index.ts';
import { ActionForm } from './action-form.tsx';
import { type BudgetRequest, type DevelopmentPlan, useDevelopmentMutation } from './development-api.ts';
import { GoalForm } from './goal-form.tsx';
import { learningLink } from './learning-picker.tsx';
import { MentorPicker } from './mentor-picker.tsx';
import { PlanNotes } from './plan-notes.tsx';
import { type PlanReader, usePlanReader } from './plan-reader.ts';
import { PlanStateBadge, RequestStateBadge } from './plan-state-badge.tsx';

type Goal = DevelopmentPlan['goals'][number];

function usePlanStep(planId: string) {
  return useDevelopmentMutation((step: 'share' | 'agree' | 'review') =>
    unwrap(
      step === 'share'
        ? api.POST('/api/v1/plans/{id}/share', { params: { path: { id: planId } } })
        : step === 'agree'
          ? api.POST('/api/v1/plans/{id}/agree', { params: { path: { id: planId } } })
          : api.POST('/api/v1/plans/{id}/review', { params: { path: { id: planId } } }),
    ),
  );
}

/** My budget requests by the plan action they pay for (only the owner edits, and only they see them). */
function useRequestsByAction(isOwner: boolean) {
  const budget = useQuery({
    queryKey: ['development', 'budget', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/budgets/mine')),
    enabled: isOwner,
  });
  const byAction = new Map<string, BudgetRequest>();
  // Newest first: the latest request for an action is the one that counts.
  for (const request of budget.data?.requests ?? [])
    if (request.actionId && !byAction.has(request.actionId)) byAction.set(request.actionId, request);
  return byAction;
}

function GoalCard({ plan, goal, reader }: { plan: DevelopmentPlan; goal: Goal; reader: PlanReader }) {
  const { t } = useTranslation('development');
  const name = plan.person.displayName;
  const format = useFormat();
  const requests = useRequestsByAction(plan.can.edit);
  const [isAddingAction, setIsAddingAction] = useState(false);
  const actions = plan.actions.filter((action) => action.goalId === goal.id);
  const skillId = goal.skill?.id ?? (goal.serves.kind === 'skill' ? goal.serves.id : null);
  const update = useDevelopmentMutation((changes: { progress?: number; status?: Goal['status'] }) =>
    unwrap(
      api.PATCH('/api/v1/plans/{id}/goals/{goalId}', {
        params: { path: { id: plan.id, goalId: goal.id } },
        body: changes,
      }),
    ),
  );
  const toggle = useDevelopmentMutation((action: { id: string; isDone: boolean }) =>
    unwrap(
      api.PATCH('/api/v1/plans/{id}/actions/{actionId}', {
        params: { path: { id: plan.id, actionId: action.id } },
        body: { isDone: !action.isDone },
      }),
    ),
  );
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-label={goal.title}>
      {/* The line from what the organisation wants to what I do: serves → goal → actions. */}
      {(goal.serves.kind || goal.serves.label) && (
        <p className="mb-2 text-xs font-medium tracking-wide text-teal-800">
          <span className="uppercase">{t('goal.serves')}:</span>{' '}
          {goal.serves.title ??
            goal.serves.label ??
            (goal.serves.kind ? t(`serves.${goal.serves.kind}`) : '')}
          {goal.serves.kind && (goal.serves.title || goal.serves.label)
            ? ` (${t(`serves.${goal.serves.kind}`)})`
            : ''}
          {goal.serves.kind === 'skill' && goal.serves.targetLevel
            ? ` · ${t('pick.targetLevelShort', { level: goal.serves.targetLevel })}`
            : ''}
          {goal.serves.kind === 'job_role' && (
            <>
              {' · '}
              <Link to="/skills/career" className="underline">
                {t('pick.whatItTakes')}
              </Link>
            </>
          )}
        </p>
      )}
      <h3 className="text-lg font-semibold text-slate-900">{goal.title}</h3>
      {goal.skill && (
        <p className="mt-1 text-sm text-slate-700">
          {t('goal.developsSkill', { skill: goal.skill.name ?? '—' })}
          {goal.skill.targetLevel
            ? ` · ${t('pick.targetLevelShort', { level: goal.skill.targetLevel })}`
            : ''}
        </p>
      )}
      {goal.why && <p className="mt-1 text-sm text-slate-700">{goal.why}</p>}
      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">
            {reader === 'owner' ? t('goal.successMeasure') : t('goal.successMeasureOf', { name })}
          </dt>
          <dd>{goal.successMeasure ?? '—'}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('goal.targetDate')}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {format.date(goal.targetDate)}
            {goal.isOverdue && <Badge tone="red">{t('goal.overdue')}</Badge>}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('goal.progress')}</dt>
          <dd className="flex items-center gap-2">
            <span className="h-2 w-24 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <span className="block h-full bg-teal-600" style={{ width: `${goal.progress}%` }} />
            </span>
            <span>{goal.progress}%</span>
            <Badge>{t(`goal.status.${goal.status}`)}</Badge>
          </dd>
        </div>
      </dl>
      {plan.can.edit && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <label className="text-sm text-slate-700" htmlFor={`progress-${goal.id}`}>
            {t('goal.setProgress')}
          </label>
          <select
            id={`progress-${goal.id}`}
            className="rounded-md px-2 py-1 text-sm ring-1 ring-slate-300"
            value={goal.progress}
            onChange={(e) => {
              const progress = Number(e.target.value);
              update.mutate({
                progress,
                status: progress === 100 ? 'achieved' : progress > 0 ? 'in_progress' : 'open',
              });
            }}
          >
            {[0, 10, 25, 40, 50, 60, 75, 90, 100].map((value) => (
              <option key={value} value={value}>
                {value}%
              </option>
            ))}
          </select>
        </div>
      )}
      <h4 className="mt-4 text-sm font-semibold text-slate-800">{t('action.listTitle')}</h4>
      {actions.length === 0 ? (
        <p className="text-sm text-slate-600">{t('action.none')}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {actions.map((action) => (
            <li key={action.id} className="flex flex-wrap items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-teal-700"
                checked={action.isDone}
                disabled={!plan.can.edit || Boolean(action.learning?.completedAt)}
                aria-label={action.title}
                onChange={() => toggle.mutate(action)}
              />
              <span className={action.isDone ? 'text-slate-500 line-through' : ''}>{action.title}</span>
              <Badge tone="blue">{t(`action.kinds.${action.kind}`)}</Badge>
              {action.learning && (
                <>
                  <span className="text-xs text-slate-600">
                    {action.learning.completedAt
                      ? t('learningPicker.completed')
                      : t('learningPicker.progress', { percent: action.learning.percent })}
                  </span>
                  <Link {...learningLink(action.learning)} className="text-teal-700 underline">
                    {t('learningPicker.open')}
                    <span className="sr-only">: {action.learning.title}</span>
                  </Link>
                </>
              )}
              {action.kind === 'external_training' && requests.get(action.id) && (
                <Link to="/development/budget" className="flex items-center gap-1 text-teal-700">
                  <span className="sr-only">{t('action.budgetRequest')}:</span>
                  <RequestStateBadge state={requests.get(action.id)!.state} />
                </Link>
              )}
              {action.kind === 'external_training' &&
                plan.can.edit &&
                ['declined', 'cancelled', undefined].includes(requests.get(action.id)?.state) && (
                  <Link
                    to="/development/budget"
                    search={{ goalId: goal.id, actionId: action.id, title: action.title }}
                    className="text-teal-700 underline"
                  >
                    {t('action.requestBudget')}
                    <span className="sr-only">: {action.title}</span>
                  </Link>
                )}
              {/* A workshop on my own plan: sign up for a session right here. */}
              {action.learning?.format === 'event' && reader === 'owner' && !action.learning.completedAt && (
                <div className="mt-1 basis-full pl-6">
                  <WorkshopSignUp eventId={action.learning.id} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {plan.can.edit &&
        (isAddingAction ? (
          <ActionForm planId={plan.id} goalId={goal.id} onDone={() => setIsAddingAction(false)} />
        ) : (
          <>
            <Button variant="secondary" className="mt-3" onClick={() => setIsAddingAction(true)}>
              {t('action.add')}
            </Button>
            {skillId && <MentorPicker planId={plan.id} goalId={goal.id} skillId={skillId} />}
          </>
        ))}
    </article>
  );
}

// The API's createNoteBody: a few words, at most 5000.
/** One calm page: state and next step, goals with what they serve and their actions, notes, follow-ups. */
export function PlanView({ plan }: { plan: DevelopmentPlan }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const [isAddingGoal, setIsAddingGoal] = useState(false);
  const step = usePlanStep(plan.id);
  const reader = usePlanReader(plan);
  const name = plan.person.displayName;
  const overdue = plan.goals.filter((goal) => goal.isOverdue).length;
  const looseActions = plan.actions.filter((action) => !action.goalId);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <PlanStateBadge state={plan.state} />
        <p className="flex-1 text-sm text-slate-700">
          {reader === 'owner'
            ? t(`plan.stateHelp.${plan.state}`)
            : t(`plan.stateHelpFor.${reader}.${plan.state}`, { name })}
        </p>
        {plan.can.share && (
          <Button
            onClick={() => step.mutate('share')}
            isBusy={step.isPending}
            disabled={plan.goals.length === 0}
          >
            {t('plan.share')}
          </Button>
        )}
        {plan.can.agree && (
          <Button onClick={() => step.mutate('agree')} isBusy={step.isPending}>
            {t('plan.agree')}
          </Button>
        )}
        {plan.can.review && (
          <Button variant="secondary" onClick={() => step.mutate('review')} isBusy={step.isPending}>
            {t('plan.review')}
          </Button>
        )}
      </div>
      <FormErrorRegion error={step.error} />
      {overdue > 0 && (
        <p role="status" className="rounded-lg bg-red-50 px-4 py-2 text-sm text-red-900">
          {reader === 'owner'
            ? t('goal.overdueMine', { count: overdue })
            : t('goal.overdueOf', { count: overdue, name })}
        </p>
      )}
      <section aria-labelledby="plan-goals" className="space-y-4">
        <div className="flex items-center justify-between">
          <h2 id="plan-goals" className="text-base font-semibold text-slate-900">
            {reader === 'owner' ? t('goal.listTitle') : t('goal.listTitleOf', { name })}
          </h2>
          {plan.can.edit && !isAddingGoal && (
            <Button onClick={() => setIsAddingGoal(true)}>{t('goal.new')}</Button>
          )}
        </div>
        {isAddingGoal && <GoalForm planId={plan.id} onDone={() => setIsAddingGoal(false)} />}
        {plan.goals.length === 0 && !isAddingGoal && (
          <EmptyState title={reader === 'owner' ? t('goal.none') : t('goal.noneOf', { name })}>
            {reader === 'owner' ? t('goal.noneHelp') : undefined}
          </EmptyState>
        )}
        {plan.goals.map((goal) => (
          <GoalCard key={goal.id} plan={plan} goal={goal} reader={reader} />
        ))}
        {looseActions.length > 0 && (
          <Card title={t('action.other')} titleId="plan-other-actions">
            <ul className="space-y-1 text-sm">
              {looseActions.map((action) => (
                <li key={action.id}>
                  {action.title}{' '}
                  <Badge tone={action.source === 'plan' ? 'blue' : 'violet'}>
                    {action.source === 'conversation'
                      ? t('action.fromConversation')
                      : action.source === 'workout'
                        ? t('action.fromWorkout')
                        : action.source === 'talent_review'
                          ? t('action.fromTalentReview')
                          : t(`action.kinds.${action.kind}`)}
                  </Badge>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </section>
      {plan.followups.length > 0 && (
        <Card title={t('followups.title')} titleId="plan-followups">
          <ul className="space-y-2 text-sm">
            {plan.followups.map((followup) => (
              <li key={`${followup.agreementId}-${followup.day}`}>
                <p className="text-xs text-slate-500">
                  {followup.title} · {t('followups.day', { day: followup.day })} ·{' '}
                  {format.date(followup.answeredAt)}
                </p>
                <p>{followup.answer}</p>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <PlanNotes plan={plan} reader={reader} />
    </div>
  );
}
