import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { useFormat } from '../../components/format.ts';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { type Journey, type JourneyStep, useTick } from './queries.ts';

const kindIcon: Record<JourneyStep['kind'], string> = {
  buddy: '🤝',
  task: '✅',
  check_in: '💬',
  learning: '📘',
};

/** A journey's progress in one line: "3 of 10 steps done" with a bar. */
export function JourneyProgress({ journey }: { journey: Journey }) {
  const { t } = useTranslation('onboarding');
  const label = t('journey.progress', { done: journey.done, total: journey.total });
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-700">{label}</p>
      <ProgressBar percent={journey.total ? (journey.done / journey.total) * 100 : 0} label={label} />
    </div>
  );
}

/**
 * The steps by week, with their due dates; the one who does a step ticks it off here, a learning step
 * opens its item. `only` narrows to the steps of one owner (the buddy's or the manager's own).
 */
export function JourneySteps({ journey, only }: { journey: Journey; only?: JourneyStep['owner'] }) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  const tick = useTick();
  const steps = only ? journey.steps.filter((step) => step.owner === only) : journey.steps;
  const weeks = [...new Set(steps.map((step) => step.week))].sort((a, b) => a - b);
  if (!steps.length) return <p className="text-sm text-slate-600">{t('journey.noSteps')}</p>;
  return (
    <div className="space-y-4">
      {weeks.map((week) => (
        // Not a landmark: every journey on the page has its "Week 1".
        <div key={week}>
          <h3 id={`week-${journey.id}-${week}`} className="mb-2 text-sm font-semibold text-slate-800">
            {t('journey.week', { week })}
          </h3>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {steps
              .filter((step) => step.week === week)
              .map((step) => {
                const checkboxId = `step-${step.id}`;
                return (
                  <li key={step.id} className="flex items-start gap-3 p-3">
                    <input
                      id={checkboxId}
                      type="checkbox"
                      className="mt-1 size-5 rounded border-slate-300 accent-teal-700"
                      checked={Boolean(step.doneAt)}
                      disabled={!step.canTick || tick.isPending}
                      onChange={(event) => tick.mutate({ id: step.id, done: event.target.checked })}
                    />
                    <div className="min-w-0 flex-1">
                      <label
                        htmlFor={checkboxId}
                        className={`text-sm font-medium ${step.doneAt ? 'text-slate-500 line-through' : 'text-slate-900'}`}
                      >
                        <span aria-hidden="true">{kindIcon[step.kind]} </span>
                        {step.title}
                      </label>
                      {step.description && <p className="text-sm text-slate-600">{step.description}</p>}
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                        <span>{t('journey.due', { date: format.date(step.dueDate) })}</span>
                        <Badge tone="neutral">{t(`kinds.${step.kind}`)}</Badge>
                        <Badge tone={step.owner === 'newcomer' ? 'blue' : 'violet'}>
                          {t(`owners.${step.owner}`)}
                        </Badge>
                        {step.isOverdue && <Badge tone="amber">{t('journey.overdue')}</Badge>}
                        {step.doneAt && (
                          <Badge tone="green">
                            {t('journey.doneOn', { date: format.date(step.doneAt) })}
                          </Badge>
                        )}
                      </p>
                      {step.kind === 'learning' && step.contentId && (
                        <Link
                          to="/learning/items/$id"
                          params={{ id: step.contentId }}
                          className="mt-1 inline-block text-sm font-medium text-teal-700 underline"
                        >
                          {t('journey.openItem', { title: step.contentTitle ?? step.title })}
                        </Link>
                      )}
                    </div>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </div>
  );
}
