import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { FormatIcon } from './entry-card.tsx';
import type { PlayerFrom } from './player-context.ts';
import type { Sequence, Stop } from './player-sequence.ts';

/** Where a stop opens, keeping the course or path it belongs to. */
export function stopLink(stop: Stop, sequence: Sequence) {
  if (stop.kind === 'course') return { to: '/learning/courses/$id', params: { id: stop.id } } as const;
  const search: PlayerFrom = sequence.type === 'course' ? { course: sequence.id } : { path: sequence.id };
  return { to: '/learning/items/$id', params: { id: stop.id }, search } as const;
}

export function backLink(sequence: Sequence) {
  return sequence.type === 'course'
    ? ({ to: '/learning/courses/$id', params: { id: sequence.id } } as const)
    : ({ to: '/learning/paths/$id', params: { id: sequence.id } } as const);
}

function StopMark({ stop, isCurrent }: { stop: Stop; isCurrent: boolean }) {
  const { t } = useTranslation('learning');
  if (stop.isDone)
    return (
      <span className="grid size-5 shrink-0 place-items-center rounded-full bg-emerald-600 text-xs text-white">
        <span aria-hidden="true">✓</span>
        <span className="sr-only">{t('status.completed')}</span>
      </span>
    );
  if (stop.isLocked)
    return (
      <span className="grid size-5 shrink-0 place-items-center rounded-full bg-slate-200 text-[10px] text-slate-700">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="currentColor">
          <path d="M5 7V5a3 3 0 0 1 6 0v2h1v7H4V7h1Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
        </svg>
        <span className="sr-only">{t('player.locked')}</span>
      </span>
    );
  return (
    <span
      aria-hidden="true"
      className={`size-5 shrink-0 rounded-full border-2 ${isCurrent ? 'border-teal-700 bg-teal-50' : 'border-slate-300'}`}
    />
  );
}

/** The course or path outline beside the content: every stop, its state, the one you are on. */
function OutlineList({ sequence, currentId }: { sequence: Sequence; currentId: string }) {
  const { t } = useTranslation('learning');
  let group: string | null = null;
  return (
    <ol className="space-y-0.5">
      {sequence.stops.map((stop, index) => {
        const heading = stop.group && stop.group !== group ? stop.group : null;
        group = stop.group;
        const isCurrent = stop.id === currentId;
        return (
          <li key={`${stop.kind}-${stop.id}`}>
            {heading && (
              <p className="mt-3 mb-1 px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {heading}
              </p>
            )}
            <Link
              {...stopLink(stop, sequence)}
              aria-current={isCurrent ? 'page' : undefined}
              className={`flex items-start gap-2 rounded-lg px-2 py-2 text-sm hover:bg-slate-50 ${isCurrent ? 'bg-teal-50 font-semibold text-teal-900' : 'text-slate-800'}`}
            >
              <StopMark stop={stop} isCurrent={isCurrent} />
              <span className="min-w-0 flex-1">
                <span className="sr-only">{t('player.stopNumber', { number: index + 1 })} </span>
                {stop.title}
                <span className="mt-0.5 flex items-center gap-1.5 text-xs font-normal text-slate-600">
                  <FormatIcon format={stop.format} /> {t(`formats.${stop.format}`)}
                  {stop.minutes ? ` · ${t('minutes', { count: stop.minutes })}` : ''}
                  {!stop.isDone && stop.percent > 0 ? ` · ${t('percent', { value: stop.percent })}` : ''}
                </span>
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

function OutlineSummary({ sequence }: { sequence: Sequence }) {
  const { t } = useTranslation('learning');
  const percent = sequence.stops.length ? Math.round((sequence.doneCount / sequence.stops.length) * 100) : 0;
  return (
    <div className="space-y-1">
      <p className="text-sm text-slate-700">
        {t('player.doneOf', { done: sequence.doneCount, total: sequence.stops.length })}
      </p>
      <ProgressBar percent={percent} label={t('player.outlineProgress', { title: sequence.title })} />
    </div>
  );
}

/** Desktop: a sticky outline beside the content. Phone: a fold-out above it. */
export function PlayerOutline({ sequence, currentId }: { sequence: Sequence; currentId: string }) {
  const { t } = useTranslation('learning');
  return (
    <>
      <nav
        aria-label={t('player.outline')}
        className="hidden self-start rounded-xl border border-slate-200 bg-white p-3 shadow-sm lg:sticky lg:top-4 lg:block"
      >
        <Link
          {...backLink(sequence)}
          className="block px-2 text-sm font-semibold text-slate-900 hover:underline"
        >
          {sequence.title}
        </Link>
        <div className="mt-2 px-2">
          <OutlineSummary sequence={sequence} />
        </div>
        <div className="mt-2 max-h-[70vh] overflow-y-auto">
          <OutlineList sequence={sequence} currentId={currentId} />
        </div>
      </nav>
      <details className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm lg:hidden">
        <summary className="cursor-pointer text-sm font-semibold text-slate-900">
          {t('player.outline')} ·{' '}
          {t('player.doneOf', { done: sequence.doneCount, total: sequence.stops.length })}
        </summary>
        <nav aria-label={t('player.outlineMobile')} className="mt-2">
          <OutlineList sequence={sequence} currentId={currentId} />
        </nav>
      </details>
    </>
  );
}

/** Previous and next below the content; "next" becomes the main action once this item is done. */
export function PlayerNav({
  sequence,
  currentId,
  isDone,
}: {
  sequence: Sequence;
  currentId: string;
  isDone: boolean;
}) {
  const { t } = useTranslation('learning');
  const index = sequence.stops.findIndex((s) => s.kind === 'content' && s.id === currentId);
  const previous = index > 0 ? sequence.stops[index - 1] : undefined;
  const next = index >= 0 ? sequence.stops[index + 1] : undefined;
  return (
    <nav
      aria-label={t('player.stepNav')}
      className="mt-4 flex flex-col-reverse gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:items-center sm:justify-between"
    >
      {previous ? (
        <ButtonLink variant="secondary" {...stopLink(previous, sequence)}>
          <span aria-hidden="true">← </span>
          {t('player.previous')}
          <span className="sr-only">: {previous.title}</span>
        </ButtonLink>
      ) : (
        <ButtonLink variant="secondary" {...backLink(sequence)}>
          {t(sequence.type === 'course' ? 'player.backToCourse' : 'player.backToPath')}
        </ButtonLink>
      )}
      {next ? (
        <ButtonLink variant={isDone ? 'primary' : 'secondary'} {...stopLink(next, sequence)}>
          {t('player.next')}
          <span className="hidden sm:inline">: {next.title}</span>
          <span aria-hidden="true"> →</span>
        </ButtonLink>
      ) : (
        <ButtonLink variant={isDone ? 'primary' : 'secondary'} {...backLink(sequence)}>
          {t(sequence.type === 'course' ? 'player.toCourseEnd' : 'player.toPathEnd')}
        </ButtonLink>
      )}
    </nav>
  );
}
