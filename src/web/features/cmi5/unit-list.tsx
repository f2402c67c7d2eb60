import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { useErrorMessage } from '../../components/form-error.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { type Cmi5Unit, launchUnit, useCourse } from './cmi5-api.ts';

const statusStyle: Record<Cmi5Unit['status'], string> = {
  not_started: 'bg-slate-100 text-slate-800',
  in_progress: 'bg-amber-100 text-amber-900',
  completed: 'bg-sky-100 text-sky-900',
  passed: 'bg-emerald-100 text-emerald-900',
  failed: 'bg-red-100 text-red-900',
  satisfied: 'bg-emerald-100 text-emerald-900',
  waived: 'bg-violet-100 text-violet-900',
};

/**
 * The learner's screen of a cmi5 course: every AU with their status and a launch button. AnyWindow
 * AUs open in this window (they come back by the returnURL), OwnWindow AUs in a window of their own.
 */
export function Cmi5UnitList({ contentId }: { contentId: string }) {
  const { t } = useTranslation('cmi5');
  const errorMessage = useErrorMessage();
  const course = useCourse(contentId);
  const launch = useMutation({
    mutationFn: (auId: string) => launchUnit(contentId, auId),
    onSuccess: (launched) => {
      if (launched.launchMethod === 'OwnWindow') window.open(launched.url, '_blank');
      else window.location.assign(launched.url);
    },
  });
  if (course.isPending) return <Loading />;
  if (course.isError) return <QueryError error={course.error} />;
  const { units, registration } = course.data;
  return (
    <section aria-labelledby="cmi5-units" className="space-y-3">
      <h2 id="cmi5-units" className="text-lg font-semibold">
        {t('learner.title')}
      </h2>
      {registration?.isSatisfied && (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {t('learner.satisfied')}
        </p>
      )}
      {!course.data.isPlayable && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t('card.notPlayable')}</p>
      )}
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {units.map((unit) => (
          <li key={unit.id} className="flex flex-wrap items-center gap-3 p-3">
            <div className="min-w-0 flex-1">
              <p className="font-medium">{unit.title}</p>
              {unit.blockTitles.length > 0 && (
                <p className="text-xs text-slate-600">{unit.blockTitles.join(' › ')}</p>
              )}
              <p className="text-xs text-slate-600">
                {t(`learner.moveOn.${unit.moveOn}`, {
                  score: unit.masteryScore === null ? '' : Math.round(unit.masteryScore * 100),
                })}
              </p>
            </div>
            <span className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${statusStyle[unit.status]}`}>
              {t(`status.${unit.status}`)}
            </span>
            <Button
              variant={unit.status === 'not_started' ? 'primary' : 'secondary'}
              isBusy={launch.isPending && launch.variables === unit.id}
              disabled={!course.data.isPlayable || launch.isPending}
              onClick={() => launch.mutate(unit.id)}
              aria-label={t('learner.launchUnit', {
                action: unit.status === 'not_started' ? t('learner.launch') : t('learner.again'),
                title: unit.title,
              })}
            >
              {unit.status === 'not_started' ? t('learner.launch') : t('learner.again')}
            </Button>
          </li>
        ))}
      </ol>
      {launch.isError && (
        <p role="alert" className="text-sm text-red-800">
          {errorMessage(launch.error)}
        </p>
      )}
    </section>
  );
}
