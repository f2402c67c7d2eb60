import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, DescriptionList, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { SurveyStatus, useTitle } from './parts.tsx';
import { surveyQuery, useCloseSurvey } from './queries.ts';
import { ScheduleForm } from './schedule-form.tsx';

/** HR: one survey — what it asks, who gets it, and the next step (send, close, results). */
export function SurveyPage() {
  const { t, i18n } = useTranslation('surveys');
  const format = useFormat();
  const title = useTitle();
  const { id } = useParams({ strict: false }) as { id: string };
  const survey = useQuery(surveyQuery(id));
  const close = useCloseSurvey(id);
  if (survey.isPending) return <Loading />;
  if (survey.isError) return <QueryError error={survey.error} />;
  const s = survey.data;
  const isEn = i18n.language === 'en';
  return (
    <div className="space-y-6">
      <PageHeader
        title={title(s)}
        eyebrow={<SurveyStatus status={s.status} />}
        description={isEn ? s.introEn : s.introNl}
        actions={
          <>
            {s.status === 'draft' && (
              <ButtonLink variant="secondary" to="/surveys/manage/$id/edit" params={{ id }}>
                {t('detail.edit')}
              </ButtonLink>
            )}
            {s.status === 'open' && (
              <Button variant="danger" isBusy={close.isPending} onClick={() => close.mutate()}>
                {t('detail.close')}
              </Button>
            )}
            {s.status === 'closed' && (
              <ButtonLink to="/surveys/manage/$id/results" params={{ id }}>
                {t('detail.results')}
              </ButtonLink>
            )}
          </>
        }
      />
      <FormErrorRegion error={close.error} />
      <Card>
        <DescriptionList
          items={[
            { term: t('detail.kind'), value: t(`kind.${s.kind}`) },
            { term: t('detail.opens'), value: format.dateTime(s.opensAt) },
            { term: t('detail.closes'), value: format.dateTime(s.closesAt) },
            {
              term: t('admin.answered'),
              value: t('admin.answeredOf', { answered: s.answered, invited: s.invited }),
            },
          ]}
        />
      </Card>
      {s.status === 'draft' && <ScheduleForm id={id} />}
      <Card title={t('builder.questions')} titleId="detail-questions">
        <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-800">
          {s.questions.map((question) => (
            <li key={question.id}>
              {isEn ? question.textEn : question.textNl}{' '}
              <span className="text-slate-600">({t(`questionKind.${question.kind}`)})</span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
