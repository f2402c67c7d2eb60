import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { ListCard } from './components.tsx';
import { reportsQuery } from './queries.ts';

export function ReasonForm({
  label,
  submit,
  onDone,
  isBusy,
  error,
}: {
  label: string;
  submit: (reason: string) => void;
  onDone?: () => void;
  isBusy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('knowledge');
  const [reason, setReason] = useState('');
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit(reason);
        onDone?.();
      }}
    >
      <TextField
        label={t('moderation.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required
        error={fieldErrorsOf(error).reason}
      />
      <Button type="submit" variant="secondary" isBusy={isBusy}>
        {label}
      </Button>
      <FormErrorRegion error={error} shownFields={['reason']} />
    </form>
  );
}

export function ReportsPage() {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const reports = useQuery(reportsQuery());
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <QueryError error={reports.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      {reports.data.length === 0 ? (
        <EmptyState title={t('reports.empty')} />
      ) : (
        <ul className="space-y-3">
          {reports.data.map((report) => (
            <ListCard key={report.id}>
              <Link
                to="/knowledge/posts/$id"
                params={{ id: report.post.id }}
                className="font-medium text-teal-700 underline"
              >
                {report.post.title}
              </Link>
              <p className="text-sm text-slate-700">
                {t('reports.line', {
                  name: report.reporter?.name ?? '—',
                  date: format.date(report.createdAt),
                  reason: report.reason,
                })}
              </p>
            </ListCard>
          ))}
        </ul>
      )}
    </div>
  );
}
