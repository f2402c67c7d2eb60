import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import type { ImportProblem } from './imports-api.ts';

/** Every problem by line and column, in the reader's language (the server's English as a fallback). */
export function ProblemTable({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const { t } = useTranslation('imports');
  const format = useFormat();
  const message = (problem: ImportProblem) =>
    t(`problems.${problem.code}`, { ...problem.params, defaultValue: problem.message });
  return (
    <section aria-labelledby="import-problems-title" className="space-y-2">
      <h3 id="import-problems-title" className="text-sm font-semibold text-red-800">
        {t('problems.title', { count: total })}
      </h3>
      <p className="text-sm text-slate-600">{t('problems.intro')}</p>
      <div className="max-h-[28rem] overflow-auto rounded-lg border border-slate-200">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('problems.caption', { count: total })}</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 whitespace-nowrap">
                {t('problems.line')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('problems.column')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('problems.problem')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {problems.map((problem) => (
              <tr
                key={`${problem.line}-${problem.field}-${problem.code}-${problem.column}`}
                className="align-top"
              >
                <td className="px-3 py-2 font-mono tabular-nums text-slate-900">
                  {problem.line === null ? t('problems.wholeFile') : problem.line}
                </td>
                <td className="px-3 py-2 text-slate-700 break-words">
                  {problem.column ?? t(`fields.${problem.field}`, { defaultValue: problem.field })}
                </td>
                <td className="px-3 py-2 text-slate-900">{message(problem)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > problems.length && (
        <p className="text-sm text-slate-600">
          {t('problems.more', { shown: format.number(problems.length), total: format.number(total) })}
        </p>
      )}
    </section>
  );
}
