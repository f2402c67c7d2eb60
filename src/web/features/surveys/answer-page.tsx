import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormError, SubmitButton, TextAreaField, useZodForm } from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { ChoiceField } from './choice-field.tsx';
import { AnonymityNote, linkClass } from './parts.tsx';
import { type SurveyForm, surveyFormQuery, useAnswerSurvey } from './queries.ts';
import { type AnswerValues, answerSchema, answersBody, emptyAnswers } from './survey-answer.ts';

type Question = SurveyForm['questions'][number];

/** The invitation's link lands here: answer once, anonymously, then a thank-you. */
export function AnswerPage() {
  const { t } = useTranslation('surveys');
  const { id } = useParams({ strict: false }) as { id: string };
  const form = useQuery(surveyFormQuery(id));
  const answer = useAnswerSurvey(id);
  if (form.isPending) return <Loading />;
  if (form.isError) return <QueryError error={form.error} />;
  const survey = form.data;
  const back = (
    <Link to="/surveys" className={linkClass}>
      {t('answer.back')}
    </Link>
  );
  if (answer.isSuccess || survey.hasAnswered)
    return (
      <div className="space-y-6">
        <PageHeader title={survey.title} />
        <Card title={t('answer.thanksTitle')} titleId="survey-thanks">
          <p className="mb-3 text-sm text-slate-700">{t('answer.thanksBody')}</p>
          {back}
        </Card>
      </div>
    );
  if (!survey.isOpen)
    return (
      <div className="space-y-6">
        <PageHeader title={survey.title} />
        <Card>
          <p className="mb-3 text-sm text-slate-700">{t('answer.closed')}</p>
          {back}
        </Card>
      </div>
    );
  return (
    <div className="space-y-6">
      <PageHeader title={survey.title} description={survey.intro} />
      <AnonymityNote />
      <AnswerForm
        questions={survey.questions}
        onSend={(values) => answer.mutateAsync(answersBody(survey.questions, values))}
      />
    </div>
  );
}

function AnswerForm({
  questions,
  onSend,
}: {
  questions: Question[];
  onSend: (values: AnswerValues) => Promise<unknown>;
}) {
  const { t } = useTranslation('surveys');
  const schema = useMemo(() => answerSchema(questions), [questions]);
  const form = useZodForm(schema, { defaultValues: emptyAnswers(questions) });
  return (
    <Form form={form} onSubmit={onSend} aria-label={t('answer.formLabel')}>
      {questions.map((question, index) => {
        const legend = `${index + 1}. ${question.text}`;
        return (
          <Card key={question.id}>
            {question.kind === 'text' ? (
              <TextAreaField
                name={`answers.${index}.text`}
                label={legend}
                hint={t('answer.optional')}
                rows={3}
              />
            ) : (
              <ChoiceField
                name={`answers.${index}.value`}
                legend={legend}
                isScale={question.kind !== 'choice'}
                choices={
                  question.kind === 'choice'
                    ? question.options.map((label, value) => ({ value, label }))
                    : Array.from({ length: question.kind === 'likert5' ? 5 : 7 }, (_, n) => ({
                        value: n + 1,
                        label: t(`scale.${question.kind}.${n + 1}`),
                      }))
                }
              />
            )}
          </Card>
        );
      })}
      <FormError />
      <SubmitButton>{t('answer.send')}</SubmitButton>
    </Form>
  );
}
