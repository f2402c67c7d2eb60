import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { RichTextEditor } from '../../components/rich-text-editor.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { KindBadge, SanitisedHtml } from './components.tsx';
import { ReasonForm } from './moderation.tsx';
import {
  postQuery,
  useBestAnswer,
  useComment,
  useDeletePost,
  useModerate,
  useReact,
  useReport,
  useSave,
} from './queries.ts';

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
