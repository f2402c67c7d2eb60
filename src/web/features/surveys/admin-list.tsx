import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/button.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { QueryError } from '../../components/states.tsx';
import { linkClass, SurveyStatus, useTitle } from './parts.tsx';
import { type SurveySummary, surveysQuery, useStartLearningZone } from './queries.ts';

/** HR: every survey with its status and how many answered (totals only). */
export function SurveysAdminPage() {
  const { t } = useTranslation('surveys');
  const format = useFormat();
  const title = useTitle();
  const navigate = useNavigate();
  const surveys = useQuery(surveysQuery());
  const startZone = useStartLearningZone();
  if (surveys.isError) return <QueryError error={surveys.error} />;
  const columns: Column<SurveySummary>[] = [
    {
      id: 'title',
      header: t('admin.survey'),
      sortValue: title,
      cell: (survey) => (
        <Link to="/surveys/manage/$id" params={{ id: survey.id }} className={linkClass}>
          {title(survey)}
        </Link>
      ),
    },
    { id: 'kind', header: t('admin.kind'), cell: (survey) => t(`kind.${survey.kind}`) },
    { id: 'status', header: t('admin.status'), cell: (survey) => <SurveyStatus status={survey.status} /> },
    {
      id: 'period',
      header: t('admin.period'),
      className: 'hidden md:table-cell',
      cell: (survey) => `${format.date(survey.opensAt)} – ${format.date(survey.closesAt)}`,
    },
    {
      id: 'answered',
      header: t('admin.answered'),
      sortValue: (survey) => survey.answered,
      cell: (survey) => t('admin.answeredOf', { answered: survey.answered, invited: survey.invited }),
    },
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('admin.title')}
        description={t('admin.intro')}
        actions={
          <>
            <ButtonLink to="/surveys/manage/new">{t('admin.new')}</ButtonLink>
            <Button
              variant="secondary"
              isBusy={startZone.isPending}
              onClick={() =>
                startZone.mutate(undefined, {
                  onSuccess: (survey) =>
                    void navigate({ to: '/surveys/manage/$id', params: { id: survey.id } }),
                })
              }
            >
              {t('admin.newZone')}
            </Button>
            <ButtonLink to="/surveys/learning-zone" variant="ghost">
              {t('zone.title')}
            </ButtonLink>
          </>
        }
      />
      <FormErrorRegion error={startZone.error} />
      <DataTable
        label={t('admin.title')}
        columns={columns}
        rows={surveys.data}
        rowKey={(survey) => survey.id}
        isLoading={surveys.isPending}
        emptyTitle={t('admin.empty')}
      />
    </div>
  );
}
