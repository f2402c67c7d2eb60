import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { AnonymityNote, linkClass } from './parts.tsx';
import { mySurveysQuery } from './queries.ts';

/** The open surveys I am invited to; answered ones say so. */
export function MySurveysPage() {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const surveys = useQuery(mySurveysQuery());
  if (surveys.isPending) return <Loading />;
  if (surveys.isError) return <QueryError error={surveys.error} />;
  return (
    <div className="space-y-6">
      <PageHeader title={t('mine.title')} description={t('mine.intro')} />
      <AnonymityNote />
      <Card>
        {surveys.data.length === 0 ? (
          <EmptyState title={t('mine.empty')} />
        ) : (
          <ul className="divide-y">
            {surveys.data.map((survey) => (
              <li key={survey.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <div>
                  <p className="font-medium text-slate-900">{survey.title}</p>
                  <p className="text-sm text-slate-600">
                    {survey.closesAt ? t('mine.closes', { date: format.date(survey.closesAt) }) : ''}
                  </p>
                </div>
                {survey.hasAnswered ? (
                  <span className="text-sm text-slate-600">{t('mine.answered')}</span>
                ) : (
                  <Link to="/surveys/$id/answer" params={{ id: survey.id }} className={linkClass}>
                    {t('mine.answer')}
                    <span className="sr-only">: {survey.title}</span>
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
