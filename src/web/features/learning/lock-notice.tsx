import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import type { LearningLock } from './learning-api.ts';

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
        <span aria-hidden="true">🔒 </span>
        {t('lock.title')}
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

/** A compact lock on a path step: a badge and a link to what comes first. */
export function StepLock({ lock }: { lock: LearningLock }) {
  const { t } = useTranslation('learning');
  return (
    <span className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
      <Badge tone="amber">
        <span aria-hidden="true">🔒 </span>
        {t('lock.badge')}
      </Badge>
      {t('lock.first')} <FirstLinks lock={lock} />
    </span>
  );
}
