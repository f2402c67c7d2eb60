import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { RichTextEditor } from '../../components/rich-text-editor.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { KindBadge, PostCard, PostList, SanitisedHtml } from './components.tsx';
import {
  myQuestionsQuery,
  type NewPost,
  postQuery,
  reportsQuery,
  spacesQuery,
  teamMomentQuery,
  uploadResourceFile,
  useAnswerQuestion,
  useAskTeam,
  useBestAnswer,
  useComment,
  useCreatePost,
  useDeletePost,
  useModerate,
  useReact,
  useReport,
  useSave,
} from './queries.ts';

const kinds = ['tip', 'question', 'resource', 'learned'] as const;

function Spaces() {
  const { t } = useTranslation('knowledge');
  const spaces = useQuery(spacesQuery());
  if (spaces.isPending) return <Loading />;
  if (spaces.isError) return <QueryError error={spaces.error} />;
  return (
    <Card title={t('spaces.title')} titleId="spaces">
      <ul className="space-y-1 text-sm">
        {spaces.data.map((space) => (
          <li key={space.id} className="flex items-center justify-between gap-2">
            <Link
              to="/knowledge/spaces/$id"
              params={{ id: space.id }}
              className="text-teal-700 hover:underline"
            >
              {space.name}
            </Link>
            <span className="text-xs text-slate-500">{space.posts}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The organisation's knowledge: search, filter by kind, saved posts; the spaces beside it. */
export function KnowledgePage() {
  const { t } = useTranslation('knowledge');
  const me = useMe();
  const search = useSearch({ from: '/_app/knowledge' });
  const navigate = useNavigate({ from: '/knowledge' });
  const [q, setQ] = useState(search.q ?? '');
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('page.title')}
        description={t('page.intro')}
        actions={
          <>
            <ButtonLink to="/knowledge/new" search={{}}>
              {t('page.new')}
            </ButtonLink>
            <ButtonLink to="/knowledge/ambassadors" search={{}} variant="secondary">
              {t('ambassadors.title')}
            </ButtonLink>
            {can(me, 'knowledge.moderate') && (
              <ButtonLink to="/knowledge/reports" variant="secondary">
                {t('page.reports')}
              </ButtonLink>
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0 space-y-4">
          <form
            className="flex flex-col gap-2 sm:flex-row sm:items-end"
            onSubmit={(event) => {
              event.preventDefault();
              navigate({ search: { q: q.trim() || undefined, kind: search.kind, saved: search.saved } });
            }}
          >
            <div className="flex-1">
              <TextField label={t('page.search')} value={q} onChange={(event) => setQ(event.target.value)} />
            </div>
            <Button type="submit" variant="secondary">
              {t('page.searchButton')}
            </Button>
          </form>
          <nav className="flex flex-wrap gap-2" aria-label={t('page.filter')}>
            <Link
              to="/knowledge"
              search={{ q: search.q }}
              className={`rounded-full border px-3 py-1 text-sm ${!search.kind && !search.saved ? 'border-teal-700 bg-teal-50' : ''}`}
            >
              {t('page.all')}
            </Link>
            {kinds.map((kind) => (
              <Link
                key={kind}
                to="/knowledge"
                search={{ q: search.q, kind }}
                className={`rounded-full border px-3 py-1 text-sm ${search.kind === kind ? 'border-teal-700 bg-teal-50' : ''}`}
              >
                {t(`kindsPlural.${kind}`)}
              </Link>
            ))}
            <Link
              to="/knowledge"
              search={{ q: search.q, saved: 'true' as const }}
              className={`rounded-full border px-3 py-1 text-sm ${search.saved ? 'border-teal-700 bg-teal-50' : ''}`}
            >
              {t('page.saved')}
            </Link>
          </nav>
          <PostList
            filter={{ q: search.q, kind: search.kind, saved: search.saved }}
            emptyTitle={search.q ? t('page.noResults', { q: search.q }) : t('page.empty')}
          />
        </div>
        <Spaces />
      </div>
    </div>
  );
}

export function SpacePage() {
  const { t } = useTranslation('knowledge');
  const { id } = useParams({ from: '/_app/knowledge/spaces/$id' });
  const spaces = useQuery(spacesQuery());
  const space = spaces.data?.find((candidate) => candidate.id === id);
  if (spaces.isPending) return <Loading />;
  if (spaces.isError) return <QueryError error={spaces.error} />;
  if (!space) return <EmptyState title={t('spaces.notFound')} />;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={
          <Link to="/knowledge" search={{}} className="hover:underline">
            {t('page.title')}
          </Link>
        }
        title={space.name}
        description={space.description ?? t(`spaces.kind.${space.kind}`)}
        actions={
          space.canPost ? (
            <ButtonLink to="/knowledge/new" search={{ spaceId: space.id }}>
              {t('page.new')}
            </ButtonLink>
          ) : undefined
        }
      />
      <PostList filter={{ spaceId: id }} emptyTitle={t('spaces.empty')} />
    </div>
  );
}

function Reactions({
  post,
}: {
  post: {
    id: string;
    reactions: Record<'like' | 'thanks' | 'insightful', number>;
    myReactions: string[];
    isSaved: boolean;
  };
}) {
  const { t } = useTranslation('knowledge');
  const react = useReact(post.id);
  const save = useSave(post.id);
  return (
    <div className="flex flex-wrap gap-2">
      {(['like', 'thanks', 'insightful'] as const).map((reaction) => {
        const isOn = post.myReactions.includes(reaction);
        return (
          <Button
            key={reaction}
            variant={isOn ? 'primary' : 'secondary'}
            aria-pressed={isOn}
            isBusy={react.isPending && react.variables?.reaction === reaction}
            onClick={() => react.mutate({ reaction, isOn: !isOn })}
          >
            {t(`reactions.${reaction}`)} · {post.reactions[reaction]}
          </Button>
        );
      })}
      <Button variant="ghost" aria-pressed={post.isSaved} onClick={() => save.mutate(!post.isSaved)}>
        {post.isSaved ? t('post.saved') : t('post.save')}
      </Button>
    </div>
  );
}

function ReasonForm({
  label,
  submit,
  onDone,
  isBusy,
  error,
}: {
  label: string;
  submit: (reason: string) => void;
  onDone?: () => void;
  isBusy: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('knowledge');
  const [reason, setReason] = useState('');
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit(reason);
        onDone?.();
      }}
    >
      <TextField
        label={t('moderation.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        required
        error={fieldErrorsOf(error).reason}
      />
      <Button type="submit" variant="secondary" isBusy={isBusy}>
        {label}
      </Button>
      <FormErrorRegion error={error} shownFields={['reason']} />
    </form>
  );
}

function CommentForm({ postId, isQuestion }: { postId: string; isQuestion: boolean }) {
  const { t } = useTranslation('knowledge');
  const comment = useComment(postId);
  const [html, setHtml] = useState('');
  const [editorKey, setEditorKey] = useState(0);
  return (
    <form
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        comment.mutate(
          { bodyHtml: html, mentionIds: [] },
          {
            onSuccess: () => {
              setHtml('');
              setEditorKey((key) => key + 1);
            },
          },
        );
      }}
    >
      <RichTextEditor
        key={editorKey}
        label={isQuestion ? t('post.yourAnswer') : t('post.yourComment')}
        value={html}
        onChange={setHtml}
        error={fieldErrorsOf(comment.error).bodyHtml}
      />
      <Button type="submit" isBusy={comment.isPending}>
        {isQuestion ? t('post.answer') : t('post.comment')}
      </Button>
      <FormErrorRegion error={comment.error} shownFields={['bodyHtml']} />
    </form>
  );
}

export function PostPage() {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const navigate = useNavigate();
  const { id } = useParams({ from: '/_app/knowledge/posts/$id' });
  const post = useQuery(postQuery(id));
  const best = useBestAnswer(id);
  const report = useReport(id);
  const moderate = useModerate(id);
  const remove = useDeletePost(id);
  const [isReporting, setReporting] = useState(false);
  if (post.isPending) return <Loading />;
  if (post.isError) return <QueryError error={post.error} />;
  const data = post.data;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <Link to="/knowledge/spaces/$id" params={{ id: data.space.id }} className="hover:underline">
              {data.space.name}
            </Link>
            <KindBadge kind={data.kind} />
            {data.hidden && <Badge tone="red">{t('post.hiddenBadge')}</Badge>}
          </span>
        }
        title={data.title}
        description={t('post.byline', {
          name: data.author?.name ?? t('post.formerColleague'),
          date: format.date(data.createdAt),
        })}
      />
      {data.hidden && (
        <p
          role="status"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {t('moderation.hiddenNotice', { reason: data.hidden.reason, name: data.hidden.by?.name ?? '' })}
        </p>
      )}
      <Card>
        <div className="space-y-4">
          {data.learned && (
            <p className="text-sm text-slate-700">
              {t('post.learnedFrom', { title: data.learned.title })}{' '}
              {data.learned.kind === 'content' && (
                <Link
                  to="/learning/items/$id"
                  params={{ id: data.learned.id }}
                  className="text-teal-700 underline"
                >
                  {t('post.openItem')}
                </Link>
              )}
            </p>
          )}
          <SanitisedHtml html={data.bodyHtml} />
          {data.appliedText && (
            <div className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
              <p className="font-medium">{t('post.appliedTitle')}</p>
              <p>{data.appliedText}</p>
            </div>
          )}
          {data.linkUrl && (
            <p>
              <a
                href={data.linkUrl}
                rel="noopener noreferrer"
                target="_blank"
                className="text-teal-700 underline break-all"
              >
                {data.linkUrl}
              </a>
            </p>
          )}
          {data.file && (
            <p>
              <a href={data.file.url} className="text-teal-700 underline">
                {t('post.file', { name: data.file.name })}
              </a>
            </p>
          )}
          {(data.skills.length > 0 || data.items.length > 0) && (
            <div className="flex flex-wrap gap-2">
              {data.skills.map((skill) => (
                <Badge key={skill.id}>{skill.name}</Badge>
              ))}
              {data.items.map((item) => (
                <Link
                  key={item.id}
                  to="/learning/items/$id"
                  params={{ id: item.id }}
                  className="text-sm text-teal-700 underline"
                >
                  {item.title}
                </Link>
              ))}
            </div>
          )}
          <Reactions post={data} />
          <div className="flex flex-wrap gap-3 text-sm">
            {!data.isMine && !data.hidden && (
              <Button variant="ghost" onClick={() => setReporting((value) => !value)}>
                {t('moderation.report')}
              </Button>
            )}
            {(data.isMine || data.canModerate) && (
              <Button
                variant="ghost"
                isBusy={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('post.confirmDelete')))
                    remove.mutate(undefined, { onSuccess: () => navigate({ to: '/knowledge', search: {} }) });
                }}
              >
                {t('post.delete')}
              </Button>
            )}
          </div>
          {report.isSuccess && (
            <p role="status" className="text-sm text-emerald-800">
              {t('moderation.reported')}
            </p>
          )}
          {isReporting && !report.isSuccess && (
            <ReasonForm
              label={t('moderation.sendReport')}
              submit={(reason) => report.mutate(reason)}
              isBusy={report.isPending}
              error={report.error}
            />
          )}
        </div>
      </Card>
      {data.canModerate && (
        <Card title={t('moderation.title')} titleId="moderation">
          {data.reports > 0 && (
            <p className="mb-2 text-sm">{t('moderation.openReports', { count: data.reports })}</p>
          )}
          <ReasonForm
            key={data.hidden ? 'restore' : 'hide'}
            label={data.hidden ? t('moderation.restore') : t('moderation.hide')}
            submit={(reason) => moderate.mutate({ hide: !data.hidden, reason })}
            isBusy={moderate.isPending}
            error={moderate.error}
          />
        </Card>
      )}
      <Card
        title={
          data.kind === 'question'
            ? t('post.answers', { count: data.comments.length })
            : t('post.comments', { count: data.comments.length })
        }
        titleId="answers"
      >
        <ul className="space-y-3">
          {data.comments.map((comment) => (
            <li
              key={comment.id}
              className={`rounded-lg border p-3 ${comment.isBestAnswer ? 'border-emerald-400 bg-emerald-50' : 'border-slate-200'}`}
              data-testid="answer"
            >
              <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                <span className="font-medium text-slate-800">
                  {comment.author?.name ?? t('post.formerColleague')}
                </span>
                <span>{format.dateTime(comment.createdAt)}</span>
                {comment.isBestAnswer && <Badge tone="green">{t('post.bestAnswer')}</Badge>}
              </div>
              <SanitisedHtml html={comment.bodyHtml} />
              {data.canMarkBestAnswer && (
                <Button
                  variant="ghost"
                  className="mt-2"
                  isBusy={best.isPending}
                  onClick={() => best.mutate(comment.isBestAnswer ? null : comment.id)}
                >
                  {comment.isBestAnswer ? t('post.unmarkBest') : t('post.markBest')}
                </Button>
              )}
            </li>
          ))}
        </ul>
        <FormErrorRegion error={best.error} />
        {!data.hidden && (
          <div className="mt-4">
            <CommentForm postId={id} isQuestion={data.kind === 'question'} />
          </div>
        )}
      </Card>
    </div>
  );
}

/** Writing a post: tip, question, resource (link or file) or "wat ik geleerd heb" from finished learning. */
export function NewPostPage() {
  const { t, i18n } = useTranslation('knowledge');
  const search = useSearch({ from: '/_app/knowledge/new' });
  const navigate = useNavigate();
  const spaces = useQuery(spacesQuery());
  const create = useCreatePost();
  const [kind, setKind] = useState<(typeof kinds)[number]>(
    search.kind ?? (search.learnedId ? 'learned' : 'tip'),
  );
  const [spaceId, setSpaceId] = useState(search.spaceId ?? '');
  const [title, setTitle] = useState('');
  const [bodyHtml, setBodyHtml] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [appliedText, setAppliedText] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  if (spaces.isPending) return <Loading />;
  if (spaces.isError) return <QueryError error={spaces.error} />;
  const postable = spaces.data.filter((space) => space.canPost);
  const chosenSpace = spaceId || postable[0]?.id || '';
  const errors = fieldErrorsOf(create.error);
  const learned =
    search.learnedId && search.learnedKind ? { kind: search.learnedKind, id: search.learnedId } : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewPost = {
      spaceId: chosenSpace,
      kind,
      title,
      bodyHtml,
      language: i18n.language === 'en' ? 'en' : 'nl',
      mentionIds: mentions,
      ...(kind === 'resource' && linkUrl ? { linkUrl } : {}),
      ...(kind === 'resource' && file ? { fileId: file.id } : {}),
      ...(kind === 'learned' && learned ? { learned } : {}),
      ...(kind === 'learned' && appliedText.trim() ? { appliedText } : {}),
    };
    create.mutate(body, {
      onSuccess: (written) => navigate({ to: '/knowledge/posts/$id', params: { id: written.post.id } }),
    });
  };

  return (
    <div className="space-y-4">
      <PageHeader
        title={kind === 'learned' ? t('new.learnedTitle') : t('new.title')}
        description={
          learned && search.learnedTitle
            ? t('new.learnedFrom', { title: search.learnedTitle })
            : t('new.intro')
        }
      />
      <Card>
        <form className="space-y-4" onSubmit={submit} noValidate>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label={t('new.space')}
              value={chosenSpace}
              onChange={(event) => setSpaceId(event.target.value)}
              error={errors.spaceId}
            >
              {postable.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('new.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as (typeof kinds)[number])}
              error={errors.kind}
            >
              {kinds
                .filter((candidate) => candidate !== 'learned' || learned)
                .map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`kinds.${candidate}`)}
                  </option>
                ))}
            </SelectField>
          </div>
          {kind === 'learned' && !learned && <p className="text-sm text-slate-700">{t('new.learnedHint')}</p>}
          <TextField
            label={kind === 'question' ? t('new.question') : t('new.titleField')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            required
            error={errors.title}
          />
          <RichTextEditor
            label={t('new.body')}
            value={bodyHtml}
            onChange={setBodyHtml}
            error={errors.bodyHtml}
          />
          {kind === 'learned' && (
            <TextArea
              label={t('new.applied')}
              hint={t('new.appliedHint')}
              value={appliedText}
              onChange={(event) => setAppliedText(event.target.value)}
              error={errors.appliedText}
            />
          )}
          {kind === 'resource' && (
            <div className="space-y-3">
              <TextField
                label={t('new.link')}
                type="url"
                inputMode="url"
                value={linkUrl}
                onChange={(event) => setLinkUrl(event.target.value)}
                error={errors.linkUrl}
              />
              <label className="block text-sm">
                <span className="font-medium text-slate-800">{t('new.file')}</span>
                <input
                  type="file"
                  accept="application/pdf,image/png,image/jpeg"
                  className="mt-1 block text-sm"
                  onChange={async (event) => {
                    const chosen = event.target.files?.[0];
                    setUploadError(null);
                    if (!chosen) return setFile(null);
                    try {
                      setFile(await uploadResourceFile(chosen));
                    } catch (error) {
                      setUploadError(error);
                    }
                  }}
                />
              </label>
              {file && <p className="text-sm text-emerald-800">{t('new.uploaded', { name: file.name })}</p>}
              <FormErrorRegion error={uploadError} />
            </div>
          )}
          <PersonPicker
            label={t('new.mention')}
            hint={t('new.mentionHint')}
            value={null}
            onChange={(id) => id && setMentions((list) => (list.includes(id) ? list : [...list, id]))}
            error={errors['mentionIds.0']}
          />
          {mentions.length > 0 && (
            <p className="text-sm text-slate-700">{t('new.mentioned', { count: mentions.length })}</p>
          )}
          <Button type="submit" isBusy={create.isPending}>
            {t('new.submit')}
          </Button>
          <FormErrorRegion
            error={create.error}
            shownFields={['spaceId', 'kind', 'title', 'bodyHtml', 'appliedText', 'linkUrl']}
          />
        </form>
      </Card>
    </div>
  );
}

export function ReportsPage() {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const reports = useQuery(reportsQuery());
  if (reports.isPending) return <Loading />;
  if (reports.isError) return <QueryError error={reports.error} />;
  return (
    <div className="space-y-4">
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      {reports.data.length === 0 ? (
        <EmptyState title={t('reports.empty')} />
      ) : (
        <ul className="space-y-3">
          {reports.data.map((report) => (
            <li key={report.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link
                to="/knowledge/posts/$id"
                params={{ id: report.post.id }}
                className="font-medium text-teal-700 underline"
              >
                {report.post.title}
              </Link>
              <p className="text-sm text-slate-700">
                {t('reports.line', {
                  name: report.reporter?.name ?? '—',
                  date: format.date(report.createdAt),
                  reason: report.reason,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

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
