import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { feedQuery, type PostFilter, type PostSummary, postsQuery } from './queries.ts';

const kindTones = { tip: 'blue', question: 'amber', resource: 'violet', learned: 'green' } as const;

/** HTML the server has already reduced to a small allow-list of tags (src/server/http/rich-text.ts). */
export function SanitisedHtml({ html }: { html: string }) {
  const className =
    'space-y-3 text-slate-900 break-words [&_a]:text-teal-700 [&_a]:underline [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_blockquote]:border-l-4 [&_blockquote]:pl-4';
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server before it is stored
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function KindBadge({ kind }: { kind: PostSummary['kind'] }) {
  const { t } = useTranslation('knowledge');
  return <Badge tone={kindTones[kind]}>{t(`kinds.${kind}`)}</Badge>;
}

/** The bordered white card every list on the knowledge screens uses for one entry. */
export function ListCard({
  children,
  as: Tag = 'li',
  className = '',
  testId,
}: {
  children: ReactNode;
  as?: 'li' | 'div';
  className?: string;
  testId?: string;
}) {
  return (
    <Tag className={`rounded-lg border border-slate-200 bg-white p-4 ${className}`} data-testid={testId}>
      {children}
    </Tag>
  );
}

/** Skills as small badges (an ambassador's topics, a post's skills). */
export function Topics({ topics }: { topics: { id: string; name: string }[] }) {
  if (!topics.length) return null;
  return (
    <div className="flex flex-wrap gap-1">
      {topics.map((topic) => (
        <Badge key={topic.id}>{topic.name}</Badge>
      ))}
    </div>
  );
}

/** Links to knowledge spaces, with their post count when known. */
export function SpaceLinks({ spaces }: { spaces: { id: string; name: string; posts?: number }[] }) {
  return (
    <ul className="space-y-1 text-sm">
      {spaces.map((space) => (
        <li key={space.id} className="flex items-center justify-between gap-2">
          <Link
            to="/knowledge/spaces/$id"
            params={{ id: space.id }}
            className="text-teal-700 hover:underline"
          >
            {space.name}
          </Link>
          {space.posts !== undefined && <span className="text-xs text-slate-500">{space.posts}</span>}
        </li>
      ))}
    </ul>
  );
}

export function PostCard({ post }: { post: PostSummary }) {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  return (
    <ListCard testId="post-card">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <KindBadge kind={post.kind} />
        {post.hidden && <Badge tone="red">{t('post.hiddenBadge')}</Badge>}
        {post.hasBestAnswer && <Badge tone="green">{t('post.answered')}</Badge>}
        <span>{post.space.name}</span>
        <span aria-hidden="true">·</span>
        <span>{post.author?.name ?? t('post.formerColleague')}</span>
        <span aria-hidden="true">·</span>
        <span>{format.date(post.createdAt)}</span>
      </div>
      <h2 className="mt-2 text-base font-semibold text-slate-900">
        <Link to="/knowledge/posts/$id" params={{ id: post.id }} className="hover:underline">
          {post.title}
        </Link>
      </h2>
      {post.learned && (
        <p className="mt-1 text-sm text-slate-700">{t('post.learnedFrom', { title: post.learned.title })}</p>
      )}
      {post.appliedText && (
        <p className="mt-1 text-sm text-slate-700">{t('post.applied', { text: post.appliedText })}</p>
      )}
      <div className="mt-2 flex flex-wrap gap-3 text-xs text-slate-600">
        <span>{t('post.commentCount', { count: post.comments })}</span>
        <span>
          {t('post.reactionCount', {
            count: post.reactions.like + post.reactions.thanks + post.reactions.insightful,
          })}
        </span>
        {post.skills.map((skill) => (
          <Badge key={skill.id}>{skill.name}</Badge>
        ))}
      </div>
    </ListCard>
  );
}

export function PostList({ filter, emptyTitle }: { filter: PostFilter; emptyTitle: string }) {
  const posts = useQuery(postsQuery(filter));
  if (posts.isPending) return <Loading />;
  if (posts.isError) return <QueryError error={posts.error} />;
  if (posts.data.items.length === 0) return <EmptyState title={emptyTitle} />;
  return (
    <ul className="space-y-3">
      {posts.data.items.map((post) => (
        <PostCard key={post.id} post={post} />
      ))}
    </ul>
  );
}

/** On an item's page: what colleagues learned from it, and sharing my own once I finished it. */
export function ColleaguesLearned({
  item,
}: {
  item: { id: string; title: string; kind?: 'content' | 'course' | 'path'; isCompleted: boolean };
}) {
  const { t } = useTranslation('knowledge');
  const kind = item.kind ?? 'content';
  return (
    <Card
      title={t('item.title')}
      titleId="colleagues-learned"
      actions={
        item.isCompleted ? (
          <ButtonLink
            to="/knowledge/new"
            search={{ kind: 'learned', learnedKind: kind, learnedId: item.id, learnedTitle: item.title }}
            variant="secondary"
          >
            {t('item.share')}
          </ButtonLink>
        ) : undefined
      }
    >
      <PostList filter={{ itemId: item.id }} emptyTitle={t('item.empty')} />
    </Card>
  );
}

/** The home page's block: the newest posts. */
export function HomeKnowledgeBlock() {
  const { t } = useTranslation('knowledge');
  const feed = useQuery(feedQuery());
  return (
    <Card
      title={t('home.title')}
      titleId="home-knowledge"
      actions={
        <Link to="/knowledge" search={{}} className="text-sm text-teal-700 underline">
          {t('home.all')}
        </Link>
      }
    >
      {feed.isPending ? (
        <Loading />
      ) : feed.isError ? (
        <QueryError error={feed.error} />
      ) : feed.data.length === 0 ? (
        <EmptyState title={t('home.empty')} />
      ) : (
        <ul className="space-y-3">
          {feed.data.map((post) => (
            <PostCard key={post.id} post={post} />
          ))}
        </ul>
      )}
    </Card>
  );
}
