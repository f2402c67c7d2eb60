import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { AnonymityNote, linkClass } from './parts.tsx';
import { type SurveyForm, surveyFormQuery, useAnswerSurvey } from './queries.ts';

type Question = SurveyForm['questions'][number];
type Values = Record<string, number | string | undefined>;

/** The invitation's link lands here: answer once, anonymously, then a thank-you. */
export function AnswerPage() {
  const { t } = useTranslation('surveys');
  const { id } = useParams({ strict: false }) as { id: string };
  const form = useQuery(surveyFormQuery(id));
  const answer = useAnswerSurvey(id);
  const [values, setValues] = useState<Values>({});
  const [missing, setMissing] = useState<string[]>([]);
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unanswered = survey.questions
      .filter((question) => question.kind !== 'text' && values[question.id] === undefined)
      .map((question) => question.id);
    setMissing(unanswered);
    if (unanswered.length) {
      document.getElementById(`q-${unanswered[0]}`)?.focus();
      return;
    }
    answer.mutate(
      survey.questions.map((question) =>
        question.kind === 'text'
          ? { questionId: question.id, value: null, text: String(values[question.id] ?? '') || null }
          : { questionId: question.id, value: Number(values[question.id]), text: null },
      ),
    );
  };

  return (
    <div className="space-y-6">
      <PageHeader title={survey.title} description={survey.intro} />
      <AnonymityNote />
      <form onSubmit={submit} noValidate className="space-y-4">
        {survey.questions.map((question, index) => (
          <QuestionField
            key={question.id}
            question={question}
            number={index + 1}
            value={values[question.id]}
            isMissing={missing.includes(question.id)}
            onChange={(value) => setValues((current) => ({ ...current, [question.id]: value }))}
          />
        ))}
        <FormErrorRegion error={answer.error} />
        <Button type="submit" isBusy={answer.isPending}>
          {t('answer.send')}
        </Button>
      </form>
    </div>
  );
}

function QuestionField({
  question,
  number,
  value,
  isMissing,
  onChange,
}: {
  question: Question;
  number: number;
  value: number | string | undefined;
  isMissing: boolean;
  onChange: (value: number | string) => void;
}) {
  const { t } = useTranslation('surveys');
  const legend = `${number}. ${question.text}`;
  if (question.kind === 'text')
    return (
      <Card>
        <TextArea
          label={legend}
          hint={t('answer.optional')}
          value={String(value ?? '')}
          onChange={(event) => onChange(event.target.value)}
          rows={3}
        />
      </Card>
    );
  const choices =
    question.kind === 'choice'
      ? question.options.map((label, index) => ({ value: index, label }))
      : Array.from({ length: question.kind === 'likert5' ? 5 : 7 }, (_, index) => ({
          value: index + 1,
          label: t(`scale.${question.kind}.${index + 1}`),
        }));
  const isScale = question.kind !== 'choice';
  return (
    <Card>
      <fieldset
        id={`q-${question.id}`}
        tabIndex={-1}
        aria-invalid={isMissing || undefined}
        aria-describedby={isMissing ? `q-${question.id}-error` : undefined}
      >
        <legend className="mb-3 font-medium text-slate-900">{legend}</legend>
        <div className={isScale ? 'grid gap-2 sm:grid-flow-col sm:auto-cols-fr' : 'space-y-2'}>
          {choices.map((choice) => (
            <label
              key={choice.value}
              className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${
                value === choice.value ? 'border-teal-700 bg-teal-50' : 'border-slate-200'
              } ${isScale ? 'sm:flex-col sm:text-center' : ''}`}
            >
              <input
                type="radio"
                name={question.id}
                value={choice.value}
                checked={value === choice.value}
                onChange={() => onChange(choice.value)}
                className="accent-teal-700"
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
        {isMissing && (
          <p id={`q-${question.id}-error`} className="mt-2 text-sm text-red-700">
            {t('answer.required')}
          </p>
        )}
      </fieldset>
    </Card>
  );
}
