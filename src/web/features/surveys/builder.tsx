import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { AudiencePicker } from './audience-picker.tsx';
import { type Survey, type SurveyInput, surveyQuery, useSaveSurvey } from './queries.ts';
import { type Draft, emptyQuestion, QuestionEditor } from './question-editor.tsx';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function draftOf(survey?: Survey): Draft {
  if (!survey)
    return { titleNl: '', titleEn: '', introNl: '', introEn: '', audience: {}, questions: [emptyQuestion()] };
  return {
    titleNl: survey.titleNl,
    titleEn: survey.titleEn,
    introNl: survey.introNl,
    introEn: survey.introEn,
    audience: { unitIds: survey.audience.unitIds, roles: survey.audience.roles },
    questions: survey.questions.map((question) => ({
      ...emptyQuestion(question.kind),
      textNl: question.textNl,
      textEn: question.textEn,
      optionsNl: question.options.map((option) => option.nl).join('\n'),
      optionsEn: question.options.map((option) => option.en).join('\n'),
    })),
  };
}

function inputOf(draft: Draft): SurveyInput {
  return {
    ...draft,
    questions: draft.questions.map(({ kind, textNl, textEn, optionsNl, optionsEn }) => {
      const nl = kind === 'choice' ? lines(optionsNl) : [];
      const en = lines(optionsEn);
      return {
        kind,
        textNl,
        textEn,
        options: nl.map((option, index) => ({ nl: option, en: en[index] || option })),
      };
    }),
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
  const [draft, setDraft] = useState<Draft>(() => draftOf(survey));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { id: survey?.id, body: inputOf(draft) },
      { onSuccess: (saved) => void navigate({ to: '/surveys/manage/$id', params: { id: saved.id } }) },
    );
  };
  return (
    <form onSubmit={submit} className="space-y-6">
      <PageHeader
        title={survey ? t('builder.editTitle') : t('builder.title')}
        description={t('builder.intro')}
      />
      <Card title={t('builder.about')} titleId="builder-about">
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t('builder.titleNl')}
            required
            value={draft.titleNl}
            onChange={(e) => set('titleNl', e.target.value)}
          />
          <TextField
            label={t('builder.titleEn')}
            required
            value={draft.titleEn}
            onChange={(e) => set('titleEn', e.target.value)}
          />
          <TextArea
            label={t('builder.introNl')}
            value={draft.introNl}
            onChange={(e) => set('introNl', e.target.value)}
          />
          <TextArea
            label={t('builder.introEn')}
            value={draft.introEn}
            onChange={(e) => set('introEn', e.target.value)}
          />
        </div>
      </Card>
      <Card title={t('builder.audience')} titleId="builder-audience">
        <AudiencePicker value={draft.audience} onChange={(audience) => set('audience', audience)} />
      </Card>
      <Card title={t('builder.questions')} titleId="builder-questions">
        <ol className="space-y-4">
          {draft.questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              number={index + 1}
              question={question}
              onChange={(changed) =>
                set(
                  'questions',
                  draft.questions.map((q) => (q.key === question.key ? changed : q)),
                )
              }
              onRemove={
                draft.questions.length > 1
                  ? () =>
                      set(
                        'questions',
                        draft.questions.filter((q) => q.key !== question.key),
                      )
                  : undefined
              }
            />
          ))}
        </ol>
        <Button
          variant="secondary"
          className="mt-4"
          onClick={() => set('questions', [...draft.questions, emptyQuestion()])}
        >
          {t('builder.addQuestion')}
        </Button>
      </Card>
      <FormErrorRegion error={save.error} />
      <Button type="submit" isBusy={save.isPending}>
        {t('builder.save')}
      </Button>
    </form>
  );
}
