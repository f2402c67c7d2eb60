import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Fragment, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { inputClass } from '../../components/field.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';

const pageSize = 20;

/**
 * Mail bodies are plain text; make their links clickable. Sign-in links come with their secret hidden
 * (•••••) by the server: those are shown as text, labelled, never as a link that would not work.
 */
function TextWithLinks({ text }: { text: string }) {
  const { t } = useTranslation();
  const parts = text.split(/(https?:\/\/[^\s]+)/g);
  return (
    <>
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) && part.includes('•') ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <span key={index} className="break-all text-slate-600">
            {part}{' '}
            <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-700">
              {t('outbox.hidden')}
            </span>
          </span>
        ) : /^https?:\/\//.test(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <a key={index} href={part} className="break-all font-medium text-teal-700 underline">
            {part}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const filterId = useId();
  const [to, setTo] = useState('');
  const [debouncedTo, setDebouncedTo] = useState('');
  const [page, setPage] = useState(1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebouncedTo(to.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [to]);
  const outbox = useQuery({
    queryKey: ['outbox', debouncedTo, page],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/outbox', { params: { query: { page, pageSize, to: debouncedTo || undefined } } }),
      ),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('outbox.hiddenNote')}</p>
      <search aria-label={t('outbox.filter')} className="mb-4 max-w-sm space-y-1.5">
        <label htmlFor={filterId} className="block text-sm font-medium text-slate-800">
          {t('outbox.to')}
        </label>
        <input
          id={filterId}
          type="search"
          value={to}
          onChange={(event) => setTo(event.target.value)}
          placeholder={t('outbox.toPlaceholder')}
          className={inputClass}
        />
      </search>
      {outbox.isPending ? (
        <Loading />
      ) : outbox.isError ? (
        <QueryError error={outbox.error} />
      ) : outbox.data.items.length === 0 ? (
        <EmptyState title={t('outbox.empty')} />
      ) : (
        <>
          <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
            {outbox.data.items.map((message) => (
              <li key={message.id}>
                <details className="group">
                  <summary className="flex cursor-pointer list-none flex-col gap-1 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4">
                    <span className="min-w-0 flex-1">
                      <span className="block truncate text-sm font-medium text-slate-900">
                        {message.subject}
                      </span>
                      <span className="block truncate text-xs text-slate-600">
                        {t('outbox.toLine', { to: message.to })}
                      </span>
                    </span>
                    <span className="flex shrink-0 items-center gap-2">
                      <Badge tone="blue">
                        {t(`outbox.kinds.${message.kind}`, { defaultValue: message.kind })}
                      </Badge>
                      <Badge tone={message.sentAt ? 'green' : 'amber'}>
                        {message.sentAt ? t('outbox.sent') : t('outbox.queued')}
                      </Badge>
                      <time dateTime={message.createdAt} className="text-xs text-slate-500">
                        {format.dateTime(message.createdAt)}
                      </time>
                    </span>
                  </summary>
                  <div className="border-t border-slate-100 bg-slate-50 px-4 py-3">
                    <pre className="font-sans text-sm whitespace-pre-wrap text-slate-800">
                      <TextWithLinks text={message.body} />
                    </pre>
                  </div>
                </details>
              </li>
            ))}
          </ul>
          <Pagination
            page={outbox.data.page}
            pageSize={outbox.data.pageSize}
            total={outbox.data.total}
            onPageChange={setPage}
          />
        </>
      )}
    </>
  );
}
