import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { PostCard } from './components.tsx';
import { myQuestionsQuery, teamMomentQuery, useAnswerQuestion, useAskTeam } from './queries.ts';

function AnswerForm({ questionId, current }: { questionId: string; current: string | null }) {
  const { t } = useTranslation('knowledge');
  const answer = useAnswerQuestion(questionId);
  const [text, setText] = useState(current ?? '');
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate(text);
      }}
    >
      <TextArea
        label={t('teamQuestion.yourAnswer')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={2}
        error={fieldErrorsOf(answer.error).answer}
      />
      <Button type="submit" isBusy={answer.isPending}>
        {current ? t('teamQuestion.update') : t('teamQuestion.send')}
      </Button>
      {answer.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {t('teamQuestion.thanks')}
        </p>
      )}
      <FormErrorRegion error={answer.error} shownFields={['answer']} />
    </form>
  );
}

/** A team member answers their manager's question for the team meeting. */
export function TeamQuestionPage() {
  const { t } = useTranslation('knowledge');
  const questions = useQuery(myQuestionsQuery());
  if (questions.isPending) return <Loading />;
  if (questions.isError) return <QueryError error={questions.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('teamQuestion.title')} description={t('teamQuestion.intro')} />
      {questions.data.length === 0 && <EmptyState title={t('teamQuestion.empty')} />}
      {questions.data.map((question) => (
        <Card key={question.id} title={question.question} titleId={`question-${question.id}`}>
          <p className="mb-2 text-sm text-slate-600">
            {t('teamQuestion.askedBy', { name: question.askedBy?.name ?? '' })}
          </p>
          <AnswerForm questionId={question.id} current={question.myAnswer} />
        </Card>
      ))}
    </div>
  );
}

/** "Wat hebben we geleerd": the manager's view before a team meeting. */
export function TeamMomentPage() {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const moment = useQuery(teamMomentQuery());
  const ask = useAskTeam();
  const [question, setQuestion] = useState('');
  if (moment.isPending) return <Loading />;
  if (moment.isError) return <QueryError error={moment.error} />;
  const data = moment.data;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('moment.title')}
        description={t('moment.intro', { date: format.date(data.since) })}
      />
      <Card title={t('moment.askTitle')} titleId="moment-ask">
        <div className="space-y-3">
          <Button isBusy={ask.isPending && !question} onClick={() => ask.mutate(undefined)}>
            {t('moment.askDefault')}
          </Button>
          <form
            className="flex flex-col gap-2 sm:flex-row sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              ask.mutate(question, { onSuccess: () => setQuestion('') });
            }}
          >
            <div className="flex-1">
              <TextField
                label={t('moment.ownQuestion')}
                value={question}
                onChange={(event) => setQuestion(event.target.value)}
                error={fieldErrorsOf(ask.error).question}
              />
            </div>
            <Button
              type="submit"
              variant="secondary"
              isBusy={ask.isPending && !!question}
              disabled={!question.trim()}
            >
              {t('moment.ask')}
            </Button>
          </form>
          <FormErrorRegion error={ask.error} shownFields={['question']} />
        </div>
        {data.questions.map((q) => (
          <div key={q.id} className="mt-4 border-t pt-3">
            <p className="font-medium">{q.question}</p>
            <p className="text-xs text-slate-600">
              {t('moment.answered', { count: q.answers.length, team: data.team.length })}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {q.answers.map((answer) => (
                <li key={answer.person?.id}>
                  <span className="font-medium">{answer.person?.name}:</span> {answer.answer}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t('moment.completions')} titleId="moment-completions">
          {data.completions.length === 0 ? (
            <EmptyState title={t('moment.noCompletions')} />
          ) : (
            <ul className="space-y-1 text-sm">
              {data.completions.map((completion) => (
                <li key={`${completion.person.id}-${completion.id}`}>
                  <span className="font-medium">{completion.person.name}</span> · {completion.title} ·{' '}
                  <span className="text-slate-600">{format.date(completion.completedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('moment.reflections')} titleId="moment-reflections">
          {data.reflections.length === 0 ? (
            <EmptyState title={t('moment.noReflections')} />
          ) : (
            <ul className="space-y-2 text-sm">
              {data.reflections.map((reflection) => (
                <li key={`${reflection.person.id}-${reflection.createdAt}`}>
                  <span className="font-medium">{reflection.person.name}</span>
                  {reflection.goal && <span className="text-slate-600"> · {reflection.goal}</span>}
                  <p>{reflection.text}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <Card title={t('moment.posts')} titleId="moment-posts">
        {data.posts.length === 0 ? (
          <EmptyState title={t('moment.noPosts')} />
        ) : (
          <ul className="space-y-3">
            {data.posts.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
