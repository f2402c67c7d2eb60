import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { PostList, SpaceLinks } from './components.tsx';
import { postKinds, spacesQuery } from './queries.ts';

function Spaces() {
  const { t } = useTranslation('knowledge');
  const spaces = useQuery(spacesQuery());
  if (spaces.isPending) return <Loading />;
  if (spaces.isError) return <QueryError error={spaces.error} />;
  return (
    <Card title={t('spaces.title')} titleId="spaces">
      <SpaceLinks spaces={spaces.data} />
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
            {postKinds.map((kind) => (
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
