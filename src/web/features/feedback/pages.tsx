import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { type EntityOption, EntityPicker } from '../../components/entity-picker.tsx';
import { skillSource } from '../../components/entity-sources.ts';
import { Checkbox, SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { useMe } from '../../lib/session.tsx';
import {
  type FeedbackRequest,
  inboxQuery,
  myPlanQuery,
  myRequestsQuery,
  requestQuery,
  useAnswerFeedback,
  useAskFeedback,
  useDeclineFeedback,
  useShareFeedback,
} from './queries.ts';

function AskForm() {
  const { t, i18n } = useTranslation('feedback');
  const ask = useAskFeedback();
  const plan = useQuery(myPlanQuery());
  const [subjectKind, setSubjectKind] = useState<'work' | 'skill' | 'plan_goal'>('work');
  const [label, setLabel] = useState('');
  const [skill, setSkill] = useState<EntityOption | null>(null);
  const [goalId, setGoalId] = useState('');
  const [question, setQuestion] = useState('');
  const [people, setPeople] = useState<{ id: string }[]>([]);
  const [isShared, setShared] = useState(false);
  const errors = fieldErrorsOf(ask.error);
  const goals = plan.data?.plan?.goals ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(
      {
        subjectKind,
        ...(subjectKind === 'work' ? { subjectLabel: label } : {}),
        ...(subjectKind === 'skill' && skill ? { subjectId: skill.id } : {}),
        ...(subjectKind === 'plan_goal' && goalId ? { subjectId: goalId } : {}),
        question,
        personIds: people.map((person) => person.id),
        isSharedWithManager: isShared,
      },
      {
        onSuccess: () => {
          setLabel('');
          setQuestion('');
          setPeople([]);
        },
      },
    );
  };
  return (
    <Card title={t('ask.title')} titleId="ask-feedback">
      <form className="space-y-4" onSubmit={submit} noValidate>
        <SelectField
          label={t('ask.about')}
          value={subjectKind}
          onChange={(event) => setSubjectKind(event.target.value as typeof subjectKind)}
          error={errors.subjectKind}
        >
          <option value="work">{t('subject.work')}</option>
          <option value="skill">{t('subject.skill')}</option>
          <option value="plan_goal">{t('subject.plan_goal')}</option>
        </SelectField>
        {subjectKind === 'work' && (
          <TextField
            label={t('ask.work')}
            hint={t('ask.workHint')}
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            error={errors.subjectLabel}
          />
        )}
        {subjectKind === 'skill' && (
          <EntityPicker
            label={t('ask.skill')}
            source={skillSource(i18n.language)}
            value={skill}
            onChange={setSkill}
            error={errors.subjectId}
          />
        )}
        {subjectKind === 'plan_goal' && (
          <SelectField
            label={t('ask.goal')}
            value={goalId}
            onChange={(event) => setGoalId(event.target.value)}
            error={errors.subjectId}
          >
            <option value="">{goals.length ? t('ask.chooseGoal') : t('ask.noGoals')}</option>
            {goals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </SelectField>
        )}
        <TextArea
          label={t('ask.question')}
          hint={t('ask.questionHint')}
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          rows={2}
          error={errors.question}
        />
        <PersonPicker
          label={t('ask.people')}
          hint={t('ask.peopleHint', { count: people.length })}
          value={null}
          onChange={(id) =>
            id && setPeople((list) => (list.some((p) => p.id === id) ? list : [...list, { id }]))
          }
          error={errors.personIds ?? errors['personIds.0']}
        />
        <Checkbox
          label={t('ask.share')}
          checked={isShared}
          onChange={(event) => setShared(event.target.checked)}
        />
        <Button type="submit" isBusy={ask.isPending}>
          {t('ask.submit')}
        </Button>
        {ask.isSuccess && (
          <p role="status" className="text-sm text-emerald-800">
            {t('ask.sent')}
          </p>
        )}
        <FormErrorRegion
          error={ask.error}
          shownFields={['subjectKind', 'subjectLabel', 'subjectId', 'question', 'personIds', 'personIds.0']}
        />
      </form>
    </Card>
  );
}

function RequestLine({ request }: { request: FeedbackRequest }) {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const answered = request.answers.filter((answer) => answer.answeredAt).length;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <Link to="/feedback/$id" params={{ id: request.id }} className="font-medium text-teal-700 underline">
        {request.subject.label}
      </Link>
      <p className="text-sm text-slate-700">{request.question}</p>
      <p className="text-xs text-slate-600">
        {request.isMine
          ? t('list.answered', { count: answered, total: request.answers.length })
          : t('list.from', { name: request.asker.name })}{' '}
        · {format.date(request.createdAt)}
      </p>
    </li>
  );
}

export function FeedbackPage() {
  const { t } = useTranslation('feedback');
  const mine = useQuery(myRequestsQuery());
  const inbox = useQuery(inboxQuery());
  return (
    <div className="space-y-4">
      <PageHeader title={t('page.title')} description={t('page.intro')} />
      <div className="grid gap-6 lg:grid-cols-2">
        <AskForm />
        <div className="space-y-4">
          <Card title={t('page.inbox')} titleId="feedback-inbox">
            {inbox.isPending ? (
              <Loading />
            ) : inbox.isError ? (
              <QueryError error={inbox.error} />
            ) : inbox.data.length === 0 ? (
              <EmptyState title={t('page.inboxEmpty')} />
            ) : (
              <ul className="space-y-2">
                {inbox.data.map((request) => (
                  <RequestLine key={request.id} request={request} />
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('page.mine')} titleId="feedback-mine">
            {mine.isPending ? (
              <Loading />
            ) : mine.isError ? (
              <QueryError error={mine.error} />
            ) : mine.data.length === 0 ? (
              <EmptyState title={t('page.mineEmpty')} />
            ) : (
              <ul className="space-y-2">
                {mine.data.map((request) => (
                  <RequestLine key={request.id} request={request} />
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}

function AnswerForm({
  request,
  current,
}: {
  request: FeedbackRequest;
  current: { answer: string | null; skillLevel: number | null };
}) {
  const { t } = useTranslation('feedback');
  const answer = useAnswerFeedback(request.id);
  const decline = useDeclineFeedback(request.id);
  const [text, setText] = useState(current.answer ?? '');
  const [level, setLevel] = useState('');
  const errors = fieldErrorsOf(answer.error);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate({ answer: text, ...(level ? { skillLevel: Number(level) } : {}) });
      }}
    >
      <TextArea
        label={t('answer.label')}
        hint={t('answer.hint', { name: request.asker.name })}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={4}
        error={errors.answer}
      />
      {request.subject.kind === 'skill' && current.skillLevel === null && (
        <SelectField
          label={t('answer.level')}
          hint={t('answer.levelHint')}
          value={level}
          onChange={(event) => setLevel(event.target.value)}
          error={errors.skillLevel}
        >
          <option value="">{t('answer.noLevel')}</option>
          {[1, 2, 3, 4, 5].map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" isBusy={answer.isPending}>
          {current.answer ? t('answer.update') : t('answer.send')}
        </Button>
        {!current.answer && (
          <Button
            type="button"
            variant="ghost"
            isBusy={decline.isPending}
            onClick={() => decline.mutate(undefined)}
          >
            {t('answer.decline')}
          </Button>
        )}
      </div>
      {answer.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {t('answer.thanks')}
        </p>
      )}
      <FormErrorRegion error={answer.error ?? decline.error} shownFields={['answer', 'skillLevel']} />
    </form>
  );
}

export function FeedbackRequestPage() {
  const { t } = useTranslation('feedback');
  const format = useFormat();
  const me = useMe();
  const { id } = useParams({ from: '/_app/feedback/$id' });
  const request = useQuery(requestQuery(id));
  const share = useShareFeedback(id);
  if (request.isPending) return <Loading />;
  if (request.isError) return <QueryError error={request.error} />;
  const data = request.data;
  const myRow = data.answers.find((answer) => answer.person.id === me.person.id);
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={
          <Link to="/feedback" className="hover:underline">
            {t('page.title')}
          </Link>
        }
        title={data.subject.label}
        description={t('request.asked', { name: data.asker.name, date: format.date(data.createdAt) })}
      />
      <Card>
        <p className="text-lg">“{data.question}”</p>
        <p className="mt-1 text-sm text-slate-600">{t(`subject.${data.subject.kind}`)}</p>
        {data.isMine && (
          <div className="mt-3">
            <Checkbox
              label={t('ask.share')}
              checked={data.isSharedWithManager}
              onChange={(event) => share.mutate(event.target.checked)}
            />
            <FormErrorRegion error={share.error} />
          </div>
        )}
      </Card>
      {myRow && !data.isMine && (
        <Card title={t('answer.title')} titleId="my-answer">
          {myRow.declinedAt ? (
            <p className="text-sm">{t('answer.declined')}</p>
          ) : (
            <AnswerForm request={data} current={myRow} />
          )}
        </Card>
      )}
      {(data.isMine || !myRow) && (
        <Card title={t('request.answers')} titleId="answers">
          <ul className="space-y-3">
            {data.answers.map((answer) => (
              <li key={answer.person.id} className="rounded-lg border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium">{answer.person.name}</span>
                  {answer.answeredAt ? (
                    <span className="text-slate-600">{format.date(answer.answeredAt)}</span>
                  ) : answer.declinedAt ? (
                    <Badge>{t('request.declined')}</Badge>
                  ) : (
                    <Badge tone="amber">{t('request.waiting')}</Badge>
                  )}
                  {answer.skillLevel !== null && (
                    <Badge tone="green">{t('request.level', { level: answer.skillLevel })}</Badge>
                  )}
                </div>
                {answer.answer && <p className="mt-1 whitespace-pre-line">{answer.answer}</p>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
