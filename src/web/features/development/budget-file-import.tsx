import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { isApiError } from '../../api/errors.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useDevelopmentMutation, useMoney } from './development-api.ts';

type Problem = {
  line?: number | null;
  column?: string | null;
  field: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
};

// openapi-fetch sends FormData as it is, with the CSRF header; the browser adds the boundary.
const formOf = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form as unknown as { file: string };
};

/** Every problem by line and column, in the reader's language (the server's English as a fallback). */
function Problems({ problems, total }: { problems: Problem[]; total: number }) {
  const { t } = useTranslation('development');
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold text-red-800" role="alert">
        {t('budgetImport.problems', { count: total })}
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('budgetImport.problemsCaption')}</caption>
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">
              {t('budgetImport.line')}
            </th>
            <th scope="col" className="py-1 pr-3">
              {t('budgetImport.column')}
            </th>
            <th scope="col" className="py-1">
              {t('budgetImport.problem')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {problems.map((problem) => (
            <tr key={`${problem.line}-${problem.field}-${problem.code}`}>
              <td className="py-1 pr-3 tabular-nums">{problem.line ?? t('budgetImport.wholeFile')}</td>
              <td className="py-1 pr-3">{problem.column ?? '—'}</td>
              <td className="py-1">
                {t(`budgetImport.codes.${problem.code}`, {
                  ...problem.params,
                  field: problem.params?.field ? t(`budgetImport.fields.${problem.params.field}`) : '',
                  defaultValue: problem.message,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** HR reads budgets from a CSV or Excel file: first a check line by line, then all lines or none. */
export function BudgetFileImport({ year }: { year: number }) {
  const { t, i18n } = useTranslation('development');
  const money = useMoney();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({
    mutationFn: (chosen: File) =>
      unwrap(
        api.POST('/api/v1/budgets/import/file/preview', {
          params: { query: { year } },
          body: formOf(chosen),
        }),
      ),
  });
  const apply = useDevelopmentMutation((chosen: File) =>
    unwrap(api.POST('/api/v1/budgets/import/file', { params: { query: { year } }, body: formOf(chosen) })),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) check.mutate(file);
  };
  const rejected =
    isApiError(apply.error) && apply.error.code === 'import_rejected'
      ? (apply.error.fieldErrors as Problem[])
      : [];
  const amount = (cents: number | null) => (cents === null ? '—' : money(cents, i18n.language));
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label={t('budgetImport.title')}>
      <p className="text-sm text-slate-700">{t('budgetImport.help')}</p>
      <TextField
        label={t('budgetImport.file')}
        type="file"
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          check.reset();
          apply.reset();
        }}
      />
      <Button type="submit" variant="secondary" disabled={!file} isBusy={check.isPending}>
        {t('budgetImport.check')}
      </Button>
      {!isApiError(apply.error) || rejected.length === 0 ? (
        <FormErrorRegion error={check.error ?? apply.error} />
      ) : null}
      {check.data && check.data.errorCount > 0 && (
        <Problems problems={check.data.errors} total={check.data.errorCount} />
      )}
      {rejected.length > 0 && <Problems problems={rejected} total={rejected.length} />}
      {check.data && check.data.errorCount === 0 && !apply.data && (
        <div className="space-y-3">
          <table className="w-full text-left text-sm">
            <caption className="text-left text-sm font-medium text-slate-800">
              {t('budgetImport.preview', { count: check.data.rows.length })}
            </caption>
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  {t('budgetImport.line')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('budgetImport.person')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('budgetImport.now')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t('budgetImport.new')}
                </th>
                <th scope="col" className="py-1">
                  {t('budgetImport.hours')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {check.data.rows.map((row) => (
                <tr key={row.line}>
                  <td className="py-1 pr-3 tabular-nums">{row.line}</td>
                  <td className="py-1 pr-3">{row.person.displayName}</td>
                  <td className="py-1 pr-3">{amount(row.currentAmountCents)}</td>
                  <td className="py-1 pr-3 font-medium">{amount(row.amountCents)}</td>
                  <td className="py-1 tabular-nums">{row.hours}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button onClick={() => file && apply.mutate(file)} isBusy={apply.isPending}>
            {t('budgetImport.apply', { count: check.data.rows.length })}
          </Button>
        </div>
      )}
      {apply.data && (
        <p role="status" className="text-sm text-emerald-800">
          {t('budgetsAdmin.imported', { count: apply.data.budgets })}
        </p>
      )}
    </form>
  );
}
