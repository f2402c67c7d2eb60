import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors.ts';
import { ButtonLink } from './button.tsx';
import { useErrorMessage } from './form-error.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="flex items-center gap-3 py-10 text-sm text-slate-600">
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-teal-700 border-r-transparent"
      />
      {label ?? t('common.loading')}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
      <p className="text-sm font-medium text-slate-800">{title}</p>
      {children && <div className="mt-1 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

/** A failed query: a 403 shows the no-access page, anything else its translated message. */
export function QueryError({ error }: { error: unknown }) {
  const message = useErrorMessage();
  if (isApiError(error) && error.status === 403) return <NoAccess />;
  if (isApiError(error) && error.status === 404) return <NotFound />;
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
      {message(error)}
    </div>
  );
}

export function NoAccess() {
  const { t } = useTranslation();
  return (
    <section className="mx-auto max-w-lg py-16 text-center" aria-labelledby="no-access-title">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="mx-auto size-10 text-slate-400" fill="none">
        <rect x="5" y="11" width="14" height="9" rx="2" stroke="currentColor" strokeWidth="1.8" />
        <path d="M8 11V8a4 4 0 0 1 8 0v3" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      <h1 id="no-access-title" className="mt-4 text-2xl font-semibold text-slate-900">
        {t('noAccess.title')}
      </h1>
      <p className="mt-2 text-sm text-slate-600">{t('noAccess.body')}</p>
      <ButtonLink to="/" variant="secondary" className="mt-6">
        {t('common.backHome')}
      </ButtonLink>
    </section>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="mx-auto max-w-lg py-16 text-center" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="text-2xl font-semibold text-slate-900">
        {t('notFound.title')}
      </h1>
      <p className="mt-2 text-sm text-slate-600">{t('notFound.body')}</p>
      <ButtonLink to="/" variant="secondary" className="mt-6">
        {t('common.backHome')}
      </ButtonLink>
    </section>
  );
}

/** A part of the product that a later release brings, labelled as such rather than left empty. */
export function ComingLater({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <section
      aria-label={title}
      className="rounded-xl border border-dashed border-slate-300 bg-slate-50/60 p-5"
    >
      <span className="inline-block rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">
        {t('common.comingLater')}
      </span>
      <h2 className="mt-2 text-base font-semibold text-slate-700">{title}</h2>
      <p className="mt-2 text-sm text-slate-600">{body}</p>
    </section>
  );
}
