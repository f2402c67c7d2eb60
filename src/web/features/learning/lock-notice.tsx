import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import type { LearningLock } from './learning-api.ts';

/** A padlock drawn inline: emoji fonts are not on every machine. */
function Padlock() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="inline h-3.5 w-3.5 align-[-2px]"
      fill="currentColor"
    >
      <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z" />
    </svg>
  );
}

/** Links to what comes first: a course page or an item page. */
function FirstLinks({ lock }: { lock: LearningLock }) {
  return (
    <>
      {lock.first.map((step, index) => (
        <span key={step.id}>
          {index > 0 && ', '}
          {step.type === 'course' ? (
            <Link to="/learning/courses/$id" params={{ id: step.id }} className="font-medium underline">
              {step.title}
            </Link>
          ) : (
            <Link to="/learning/items/$id" params={{ id: step.id }} className="font-medium underline">
              {step.title}
            </Link>
          )}
        </span>
      ))}
    </>
  );
}

/** Why this is locked and what to finish first; the server refuses progress until then (409). */
export function LockNotice({ lock }: { lock: LearningLock }) {
  const { t } = useTranslation('learning');
  return (
    <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-semibold">
        <Padlock /> {t('lock.title')}
      </p>
      <p className="mt-1">
        {lock.reason === 'prerequisite'
          ? t('lock.prerequisite')
          : t('lock.pathOrder', { path: lock.path?.title ?? '' })}{' '}
        <FirstLinks lock={lock} />
      </p>
    </div>
  );
}

/** A compact lock under a step: a badge and a link to the first thing to finish. */
export function StepLock({ lock }: { lock: LearningLock }) {
  const { t } = useTranslation('learning');
  const first = { ...lock, first: lock.first.slice(0, 1) };
  return (
    <span className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
      <Badge tone="amber">
        <Padlock />
        &nbsp;{t('lock.badge')}
      </Badge>
      <span>
        {t('lock.first')} <FirstLinks lock={first} />
      </span>
    </span>
  );
}
