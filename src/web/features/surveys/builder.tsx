import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { AudiencePicker } from './audience-picker.tsx';
import { type Survey, type SurveyInput, surveyQuery, useSaveSurvey } from './queries.ts';
import { QuestionEditor } from './question-editor.tsx';
import { type Draft, emptyQuestion, optionsOf, surveyDraft } from './survey-draft.ts';

function draftOf(survey?: Survey): Draft {
  if (!survey)
    return {
      titleNl: '',
      titleEn: '',
      introNl: '',
      introEn: '',
      audience: { unitIds: [], roles: [] },
      questions: [emptyQuestion()],
    };
  return {
    titleNl: survey.titleNl,
    titleEn: survey.titleEn,
    introNl: survey.introNl,
    introEn: survey.introEn,
    audience: { unitIds: survey.audience.unitIds ?? [], roles: survey.audience.roles ?? [] },
    questions: survey.questions.map((question) => ({
      ...emptyQuestion(question.kind),
      textNl: question.textNl,
      textEn: question.textEn,
      optionsNl: question.options.map((option) => option.nl).join('\n'),
      optionsEn: question.options.map((option) => option.en).join('\n'),
    })),
  };
}

function inputOf(draft: z.output<typeof surveyDraft>): SurveyInput {
  return {
    ...draft,
    questions: draft.questions.map((question) => ({
      kind: question.kind,
      textNl: question.textNl,
      textEn: question.textEn,
      options: optionsOf(question),
    })),
  };
}

/** HR builds a pulse survey, or changes a draft: titles, intro, audience, questions. */
export function BuilderPage() {
  const { id } = useParams({ strict: false }) as { id?: string };
  const survey = useQuery({ ...surveyQuery(id ?? ''), enabled: Boolean(id) });
  if (id && survey.isPending) return <Loading />;
  if (survey.isError) return <QueryError error={survey.error} />;
  return <Builder survey={survey.data} />;
}

function Builder({ survey }: { survey?: Survey }) {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const save = useSaveSurvey();
  const form = useZodForm(surveyDraft, { defaultValues: draftOf(survey) });
  const questions = useFieldArray({ control: form.control, name: 'questions' });
  const submit = async (draft: z.output<typeof surveyDraft>) => {
    const saved = await save.mutateAsync({ id: survey?.id, body: inputOf(draft) });
    await navigate({ to: '/surveys/manage/$id', params: { id: saved.id } });
  };
  return (
    <Form form={form} onSubmit={submit} className="space-y-6">
      <PageHeader
        title={survey ? t('builder.editTitle') : t('builder.title')}
        description={t('builder.intro')}
      />
      <Card title={t('builder.about')} titleId="builder-about">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="titleNl" label={t('builder.titleNl')} required />
          <TextField name="titleEn" label={t('builder.titleEn')} required />
          <TextAreaField name="introNl" label={t('builder.introNl')} />
          <TextAreaField name="introEn" label={t('builder.introEn')} />
        </div>
      </Card>
      <Card title={t('builder.audience')} titleId="builder-audience">
        <AudiencePicker />
      </Card>
      <Card title={t('builder.questions')} titleId="builder-questions">
        <ol className="space-y-4">
          {questions.fields.map((field, index) => (
            <QuestionEditor
              key={field.id}
              index={index}
              onRemove={questions.fields.length > 1 ? () => questions.remove(index) : undefined}
            />
          ))}
        </ol>
        <Button variant="secondary" className="mt-4" onClick={() => questions.append(emptyQuestion())}>
          {t('builder.addQuestion')}
        </Button>
      </Card>
      <FormError />
      <SubmitButton>{t('builder.save')}</SubmitButton>
    </Form>
  );
}
