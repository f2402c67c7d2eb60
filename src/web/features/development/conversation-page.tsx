import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import {
  Form,
  FormError,
  TextField as FormTextField,
  SubmitButton,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { SharedFeedbackCard } from '../feedback/index.ts';
import { type Conversation, textareaClass, useDevelopmentMutation } from './development-api.ts';
import { SuggestedLearningCard } from './suggested-learning-card.tsx';

type Lang = 'nl' | 'en';

function Preparation({ conversation, lang }: { conversation: Conversation; lang: Lang }) {
  const { t } = useTranslation('development');
  const [answers, setAnswers] = useState<Record<string, string>>(conversation.myPreparation.answers ?? {});
  const id = conversation.id;
  const save = useDevelopmentMutation(() =>
    unwrap(
      api.PUT('/api/v1/conversations/{id}/preparation', { params: { path: { id } }, body: { answers } }),
    ),
  );
  const share = useDevelopmentMutation(async () => {
    await unwrap(
      api.PUT('/api/v1/conversations/{id}/preparation', { params: { path: { id } }, body: { answers } }),
    );
    return unwrap(api.POST('/api/v1/conversations/{id}/preparation/share', { params: { path: { id } } }));
  });
  const isLocked = conversation.isLocked;
  const other = conversation.otherPreparation.answers;
  return (
    <Card title={t('conversation.preparation')} titleId="conversation-preparation">
      <p className="mb-4 text-sm text-slate-600">
        {conversation.myPreparation.sharedAt
          ? t('conversation.preparationShared')
          : t('conversation.preparationPrivate')}
      </p>
      <div className="space-y-6">
        {conversation.template.sections.map((section) => (
          <section key={section.id} aria-label={section.title[lang]}>
            <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700">
              {section.title[lang]}
            </h3>
            <div className="space-y-4">
              {section.questions.map((question) => (
                <div key={question.id} className="space-y-1">
                  <label htmlFor={`q-${question.id}`} className="block text-sm font-medium text-slate-900">
                    {conversation.mySide === 'manager' && question.managerText
                      ? question.managerText[lang]
                      : question.text[lang]}
                  </label>
                  <textarea
                    id={`q-${question.id}`}
                    rows={2}
                    className={textareaClass}
                    readOnly={isLocked}
                    value={answers[question.id] ?? ''}
                    onChange={(e) => setAnswers((current) => ({ ...current, [question.id]: e.target.value }))}
                  />
                  {other?.[question.id] && (
                    <p className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
                      <span className="font-medium">
                        {conversation.mySide === 'employee'
                          ? conversation.manager.displayName
                          : conversation.employee.displayName}
                        :
                      </span>{' '}
                      {other[question.id]}
                    </p>
                  )}
                </div>
              ))}
            </div>
          </section>
        ))}
      </div>
      {!isLocked && (
        <div className="mt-4 flex flex-wrap gap-2">
          <FormErrorRegion error={save.error ?? share.error} />
          <Button variant="secondary" onClick={() => save.mutate(undefined)} isBusy={save.isPending}>
            {t('conversation.savePreparation')}
          </Button>
          {!conversation.myPreparation.sharedAt && (
            <Button onClick={() => share.mutate(undefined)} isBusy={share.isPending}>
              {t('conversation.sharePreparation')}
            </Button>
          )}
        </div>
      )}
      {!conversation.otherPreparation.sharedAt && (
        <p className="mt-3 text-xs text-slate-500">{t('conversation.otherNotShared')}</p>
      )}
    </Card>
  );
}

// An action agreed in the conversation: a title of at most 200 characters.
const actionSchema = z.object({ title: z.string().trim().min(1).max(200) });

function NewActionForm({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('development');
  const form = useZodForm(actionSchema, { defaultValues: { title: '' } });
  const title = useWatch({ control: form.control, name: 'title' });
  const addAction = useDevelopmentMutation((body: z.output<typeof actionSchema>) =>
    unwrap(
      api.POST('/api/v1/conversations/{id}/actions', { params: { path: { id: conversationId } }, body }),
    ),
  );
  return (
    <Form
      form={form}
      onSubmit={async (action) => {
        await addAction.mutateAsync(action);
        form.reset();
      }}
      className="mt-2 space-y-2"
    >
      <FormError />
      <div className="flex flex-wrap items-end gap-2">
        <FormTextField name="title" label={t('conversation.newAction')} />
        <SubmitButton variant="secondary" isDisabled={!title.trim()}>
          {t('conversation.addAction')}
        </SubmitButton>
      </div>
    </Form>
  );
}

function Meeting({ conversation, lang }: { conversation: Conversation; lang: Lang }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const id = conversation.id;
  const [meetingAt, setMeetingAt] = useState(
    conversation.meetingAt ? conversation.meetingAt.slice(0, 16) : '',
  );
  const [notes, setNotes] = useState(conversation.sharedNotes);
  useEffect(() => setNotes(conversation.sharedNotes), [conversation.sharedNotes]);
  const plan = useDevelopmentMutation(() =>
    unwrap(
      api.PUT('/api/v1/conversations/{id}/meeting', {
        params: { path: { id } },
        body: { meetingAt: new Date(meetingAt).toISOString() },
      }),
    ),
  );
  const update = useDevelopmentMutation(
    (body: { sharedNotes?: string; ratings?: Record<string, number>; isHeld?: boolean }) =>
      unwrap(api.PATCH('/api/v1/conversations/{id}', { params: { path: { id } }, body })),
  );
  const isLocked = conversation.isLocked;
  const ratingQuestions = conversation.template.sections
    .flatMap((s) => s.questions)
    .filter((q) => q.hasRating);
  return (
    <Card title={t('conversation.meeting')} titleId="conversation-meeting">
      <FormErrorRegion error={plan.error ?? update.error} />
      <div className="space-y-5">
        <div className="flex flex-wrap items-end gap-2">
          {isLocked ? (
            <p className="text-sm">{format.dateTime(conversation.meetingAt)}</p>
          ) : (
            <>
              <TextField
                label={t('conversation.meetingAt')}
                type="datetime-local"
                value={meetingAt}
                onChange={(e) => setMeetingAt(e.target.value)}
              />
              <Button
                variant="secondary"
                onClick={() => plan.mutate(undefined)}
                disabled={!meetingAt}
                isBusy={plan.isPending}
              >
                {t('conversation.planMeeting')}
              </Button>
            </>
          )}
          {conversation.meetingAt && (
            <a className="text-sm text-teal-700 underline" href={`/api/v1/conversations/${id}/invite.ics`}>
              {t('conversation.calendar')}
            </a>
          )}
          {!isLocked && (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-teal-700"
                checked={Boolean(conversation.heldAt)}
                onChange={(e) => update.mutate({ isHeld: e.target.checked })}
              />
              {t('conversation.held')}
            </label>
          )}
        </div>
        <div>
          <TextArea
            label={t('conversation.sharedNotes')}
            rows={5}
            readOnly={isLocked}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
          {!isLocked && notes !== conversation.sharedNotes && (
            <Button
              className="mt-2"
              variant="secondary"
              onClick={() => update.mutate({ sharedNotes: notes })}
            >
              {t('conversation.saveNotes')}
            </Button>
          )}
        </div>
        {ratingQuestions.length > 0 && (
          <div>
            <h3 className="text-sm font-semibold text-slate-800">{t('conversation.ratings')}</h3>
            <ul className="mt-2 space-y-2">
              {ratingQuestions.map((question) => (
                <li key={question.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="flex-1">{question.text[lang]}</span>
                  {conversation.mySide === 'manager' && !isLocked ? (
                    <select
                      aria-label={question.text[lang]}
                      className="rounded-md px-2 py-1 ring-1 ring-slate-300"
                      value={conversation.ratings[question.id] ?? ''}
                      onChange={(e) =>
                        update.mutate({
                          ratings: { ...conversation.ratings, [question.id]: Number(e.target.value) },
                        })
                      }
                    >
                      <option value="">—</option>
                      {[1, 2, 3, 4, 5].map((value) => (
                        <option key={value} value={value}>
                          {value}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <Badge>{conversation.ratings[question.id] ?? '—'}</Badge>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <h3 className="text-sm font-semibold text-slate-800">{t('conversation.actions')}</h3>
          <p className="text-xs text-slate-600">{t('conversation.actionsHint')}</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {conversation.actions.map((action) => (
              <li key={action.id}>{action.title}</li>
            ))}
          </ul>
          {!isLocked && <NewActionForm conversationId={id} />}
        </div>
      </div>
    </Card>
  );
}

function SignOff({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const id = conversation.id;
  const sign = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/conversations/{id}/sign', { params: { path: { id } } })),
  );
  const reopen = useDevelopmentMutation(() =>
    unwrap(api.POST('/api/v1/conversations/{id}/reopen', { params: { path: { id } } })),
  );
  const mySignature =
    conversation.mySide === 'employee' ? conversation.employeeSignedAt : conversation.managerSignedAt;
  return (
    <Card title={t('conversation.signOff')} titleId="conversation-sign-off">
      <FormErrorRegion error={sign.error ?? reopen.error} />
      <ul className="space-y-1 text-sm">
        <li>
          {conversation.employee.displayName}:{' '}
          {conversation.employeeSignedAt
            ? t('conversation.signedOn', { date: format.dateTime(conversation.employeeSignedAt) })
            : t('conversation.notSigned')}
        </li>
        <li>
          {conversation.manager.displayName}:{' '}
          {conversation.managerSignedAt
            ? t('conversation.signedOn', { date: format.dateTime(conversation.managerSignedAt) })
            : t('conversation.notSigned')}
        </li>
      </ul>
      {conversation.isLocked ? (
        <div className="mt-3 space-y-2">
          <p className="text-sm font-medium text-emerald-800">{t('conversation.lockedNote')}</p>
          {conversation.reopenRequestedBy.includes(conversation.mySide) ? (
            <p className="text-sm text-slate-600">{t('conversation.reopenWaiting')}</p>
          ) : (
            <Button variant="secondary" onClick={() => reopen.mutate(undefined)} isBusy={reopen.isPending}>
              {conversation.reopenRequestedBy.length
                ? t('conversation.reopenAgree')
                : t('conversation.reopen')}
            </Button>
          )}
        </div>
      ) : (
        !mySignature && (
          <Button className="mt-3" onClick={() => sign.mutate(undefined)} isBusy={sign.isPending}>
            {t('conversation.sign')}
          </Button>
        )
      )}
    </Card>
  );
}

export function ConversationPage({ conversationId }: { conversationId: string }) {
  const { t, i18n } = useTranslation('development');
  const format = useFormat();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const conversation = useQuery({
    queryKey: ['development', 'conversation', conversationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/conversations/{id}', { params: { path: { id: conversationId } } })),
  });
  if (conversation.isPending) return <Loading />;
  if (conversation.isError) return <QueryError error={conversation.error} />;
  const c = conversation.data;
  return (
    <>
      <PageHeader
        eyebrow={c.cycle.name}
        title={t('conversation.title', {
          template: c.template.name[lang],
          employee: c.employee.displayName,
          manager: c.manager.displayName,
        })}
        description={t('conversation.deadlines', {
          preparation: format.date(c.cycle.preparationDue),
          signOff: format.date(c.cycle.signOffDue),
        })}
        actions={c.isLocked ? <Badge tone="green">{t('conversation.signed')}</Badge> : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <Preparation key={`${c.id}-${c.isLocked}`} conversation={c} lang={lang} />
          <Meeting key={`${c.id}-m-${c.isLocked}`} conversation={c} lang={lang} />
          <SignOff conversation={c} />
        </div>
        <aside className="space-y-6">
          {c.mySide === 'manager' && (
            <Card title={t('conversation.tips')} titleId="conversation-tips">
              <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
                {c.template.tips[lang].map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </Card>
          )}
          {c.mySide === 'manager' && <SuggestedLearningCard conversationId={c.id} />}
          <SharedFeedbackCard conversationId={c.id} />
          <Card title={t('followups.title')} titleId="conversation-followups">
            {c.followups.length === 0 ? (
              <p className="text-sm text-slate-600">{t('followups.none')}</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {c.followups.map((f) => (
                  <li key={`${f.title}-${f.day}`}>
                    <p className="text-xs text-slate-500">
                      {f.title} · {t('followups.day', { day: f.day })}
                    </p>
                    <p>{f.answer}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </aside>
      </div>
    </>
  );
}
