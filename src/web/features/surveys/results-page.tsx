import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/field.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { linkClass } from './parts.tsx';
import { type ResultsFilter, resultsCsvUrl, resultsQuery, type SurveyResults } from './queries.ts';

const filterOf = (choice: string): ResultsFilter => {
  const [kind, value] = choice.split(':');
  if (kind === 'unit' && value) return { unitId: value };
  if (kind === 'roleGroup' && (value === 'manager' || value === 'employee')) return { roleGroup: value };
  return {};
};

/** Open answers may repeat; each gets its own key. */
const numbered = (texts: string[]) => texts.map((text, position) => ({ key: `${position}`, text }));

/** HR: a closed survey's results for everyone, one unit or one role group, never below the threshold. */
export function ResultsPage() {
  const { t } = useTranslation('surveys');
  const { id } = useParams({ strict: false }) as { id: string };
  const [choice, setChoice] = useState('');
  const filter = filterOf(choice);
  const whole = useQuery(resultsQuery(id, {}));
  const results = useQuery(resultsQuery(id, filter));
  if (whole.isPending) return <Loading />;
  if (whole.isError) return <QueryError error={whole.error} />;
  const groups = whole.data.groups;
  return (
    <div className="space-y-6">
      <PageHeader
        title={whole.data.title}
        eyebrow={t('results.title')}
        actions={
          <a href={resultsCsvUrl(id, filter)} className={linkClass} download>
            {t('results.csv')}
          </a>
        }
      />
      <p
        className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700"
        role="note"
      >
        {t('results.threshold', { count: whole.data.threshold })}
      </p>
      <div className="max-w-sm">
        <SelectField
          label={t('results.filter')}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">{t('results.everyone')}</option>
          {groups.map((group) => (
            <option key={`${group.kind}:${group.id}`} value={`${group.kind}:${group.id}`}>
              {group.kind === 'roleGroup' ? t(`roleGroup.${group.id}`) : group.name}
            </option>
          ))}
        </SelectField>
        {groups.length === 0 && <p className="mt-1 text-xs text-slate-600">{t('results.noGroups')}</p>}
      </div>
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <QueryError error={results.error} />
      ) : (
        <Answers results={results.data} />
      )}
    </div>
  );
}

function Answers({ results }: { results: SurveyResults }) {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  if (!results.isClosed) return <EmptyState title={t('results.stillOpen')} />;
  if (!results.isShown) return <EmptyState title={t('results.hidden', { count: results.threshold })} />;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        {t('results.respondents', { count: results.respondents ?? 0 })}
      </p>
      {results.questions.map((question, index) => {
        const total = question.counts.reduce((sum, item) => sum + item.count, 0) || 1;
        return (
          <Card key={question.id} title={`${index + 1}. ${question.text}`} titleId={`result-${question.id}`}>
            {question.mean !== null && (
              <p className="mb-2 text-sm text-slate-800">
                {t('results.mean', {
                  mean: question.mean.toFixed(1),
                  max: question.kind === 'likert7' ? 7 : 5,
                })}
              </p>
            )}
            {question.kind === 'text' ? (
              question.texts.length ? (
                <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                  {numbered(question.texts).map((item) => (
                    <li key={item.key}>{item.text}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">{t('results.noTexts')}</p>
              )
            ) : (
              <table className="w-full text-sm">
                <caption className="sr-only">{question.text}</caption>
                <thead>
                  <tr className="text-left text-slate-600">
                    <th scope="col" className="py-1 font-medium">
                      {t('results.answer')}
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      {t('results.count')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {question.counts.map((item) => (
                    <tr key={item.label} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-2 text-left font-normal text-slate-800">
                        {item.label}
                      </th>
                      <td className="py-1">
                        <div className="flex items-center gap-2">
                          <span
                            className="inline-block h-2 rounded bg-teal-600"
                            style={{ width: `${(item.count / total) * 60}%` }}
                            aria-hidden="true"
                          />
                          <span>{format.number(item.count)}</span>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        );
      })}
    </div>
  );
}
