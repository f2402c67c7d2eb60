import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors.ts';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import { useErrorMessage } from '../../components/form-error.tsx';
import { Loading } from '../../components/states.tsx';
import {
  applyImport,
  type ColumnMapping,
  type ImportPreview,
  type ImportSummary,
  type ImportUpload,
  previewImport,
  problemsOf,
} from './imports-api.ts';
import { ProblemTable } from './problem-table.tsx';
import { SummaryList } from './summary-list.tsx';
import { UnmappedColumns } from './unmapped-columns.tsx';

/** Step 3: the server checks the whole file; the import button appears only when it is clean. */
export function PreviewStep({
  upload,
  mapping,
  deactivateMissing,
  onDeactivateMissingChange,
  onBack,
  onImported,
}: {
  upload: ImportUpload;
  mapping: ColumnMapping;
  deactivateMissing: boolean;
  onDeactivateMissingChange: (value: boolean) => void;
  onBack: () => void;
  onImported: (summary: ImportSummary) => void;
}) {
  const { t } = useTranslation('imports');
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const check = { uploadId: upload.uploadId, mapping, deactivateMissing };
  const preview = useQuery({
    queryKey: ['import-preview', check],
    queryFn: () => previewImport(check),
    retry: false,
    staleTime: 0,
  });
  const apply = useMutation({
    mutationFn: () => applyImport(check),
    onSuccess: async (result) => {
      await Promise.all(
        [['people'], ['home'], ['org-units'], ['events']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
      onImported(result.summary);
    },
  });
  const data: ImportPreview | undefined = preview.data;
  // Confirming that flagged columns stay out counts for this mapping only (a new mapping is a new step).
  const [isAcknowledged, setIsAcknowledged] = useState(false);
  const flaggedCount = data?.unmappedColumns.filter((column) => column.looksLike).length ?? 0;
  const needsAcknowledgement = flaggedCount > 0;
  const canImport = Boolean(data?.ok) && !preview.isFetching && (!needsAcknowledgement || isAcknowledged);
  // The organisation may have changed since the check: then the import answers with the problems itself.
  const rejected = problemsOf(apply.error);

  return (
    <div className="space-y-6">
      <Checkbox
        label={t('preview.deactivate')}
        hint={t('preview.deactivateHint')}
        checked={deactivateMissing}
        onChange={(event) => onDeactivateMissingChange(event.target.checked)}
      />
      <div aria-live="polite" aria-atomic="true">
        {preview.isFetching && <Loading label={t('preview.checking')} />}
        {!preview.isFetching && data && (
          <p
            role="status"
            className={`rounded-md px-3 py-2 text-sm ${
              data.ok ? 'bg-emerald-50 text-emerald-900' : 'bg-red-50 text-red-900'
            }`}
          >
            {data.ok
              ? t('preview.ok', { count: upload.rowCount })
              : t('preview.notOk', { count: data.errorCount })}
          </p>
        )}
        {preview.error && (
          <div
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {errorMessage(preview.error)}
          </div>
        )}
      </div>
      {data && !preview.isFetching && (
        <>
          <UnmappedColumns
            columns={data.unmappedColumns}
            acknowledgement={{ isAcknowledged, onChange: setIsAcknowledged }}
          />
          {data.ok && <SummaryList summary={data.summary} isPreview />}
          {!data.ok && <ProblemTable problems={data.errors} total={data.errorCount} />}
          {data.ok && data.changes.length > 0 && <ChangeList changes={data.changes} />}
        </>
      )}
      <div aria-live="assertive" aria-atomic="true">
        {apply.error && (
          <div
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {isApiError(apply.error) && apply.error.code === 'conflict'
              ? t('preview.alreadyImported')
              : errorMessage(apply.error)}
          </div>
        )}
      </div>
      {rejected.length > 0 && <ProblemTable problems={rejected} total={rejected.length} />}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onBack}>
          {t('actions.backToMapping')}
        </Button>
        {canImport && (
          <Button onClick={() => apply.mutate()} isBusy={apply.isPending}>
            {t('actions.import', { count: upload.rowCount })}
          </Button>
        )}
        {data?.ok && !preview.isFetching && !canImport && (
          <p className="text-sm text-amber-950 sm:max-w-sm sm:text-right">
            {t('unmapped.acknowledgeFirst', { count: flaggedCount })}
          </p>
        )}
      </div>
    </div>
  );
}

function ChangeList({ changes }: { changes: ImportPreview['changes'] }) {
  const { t } = useTranslation('imports');
  return (
    <section aria-labelledby="import-changes-title" className="space-y-2">
      <h3 id="import-changes-title" className="text-sm font-semibold text-slate-900">
        {t('changes.title')}
      </h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard */}
      <div tabIndex={0} className="max-h-96 overflow-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('changes.title')}</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('changes.action')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('changes.person')}
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                {t('changes.fields')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {changes.map((change) => (
              <tr key={`${change.action}-${change.email}`} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                  {t(`changes.actions.${change.action}`)}
                </td>
                <td className="px-3 py-2">
                  <span className="block text-slate-900">{change.name}</span>
                  <span className="block text-xs break-all text-slate-600">{change.email}</span>
                </td>
                <td className="hidden px-3 py-2 text-slate-700 sm:table-cell">
                  {change.fields
                    .map((column) => t(`changes.columns.${column}`, { defaultValue: column }))
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
