import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField as PlainTextField } from '../../components/field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { ListCard, Topics } from './components.tsx';
import { ambassadorsQuery } from './queries.ts';

/** Find an ambassador by name, topic or what they help with. */
export function AmbassadorsPage() {
  const { t } = useTranslation('knowledge');
  const search = useSearch({ from: '/_app/knowledge/ambassadors' });
  const navigate = useNavigate({ from: '/knowledge/ambassadors' });
  const [q, setQ] = useState(search.q ?? '');
  const ambassadors = useQuery(ambassadorsQuery(search.q));
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={<Link to="/knowledge">{t('page.title')}</Link>}
        title={t('ambassadors.title')}
        description={t('ambassadors.intro')}
      />
      <form
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          navigate({ search: { q: q.trim() || undefined } });
        }}
      >
        <div className="flex-1">
          <PlainTextField
            label={t('ambassadors.search')}
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t('page.searchButton')}
        </Button>
      </form>
      {ambassadors.isPending ? (
        <Loading />
      ) : ambassadors.isError ? (
        <QueryError error={ambassadors.error} />
      ) : ambassadors.data.length === 0 ? (
        <EmptyState title={t('ambassadors.empty')} />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {ambassadors.data.map((ambassador) => (
            <ListCard key={ambassador.person.id} className="space-y-2" testId="ambassador-card">
              <Link
                to="/knowledge/ambassadors/$id"
                params={{ id: ambassador.person.id }}
                className="font-semibold text-teal-700 hover:underline"
              >
                {ambassador.person.name}
              </Link>
              <p className="text-sm text-slate-600">
                {[ambassador.headline || ambassador.jobTitle, ambassador.unitName]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {ambassador.helpsWith && (
                <p className="text-sm">{t('ambassadors.helpsWith', { text: ambassador.helpsWith })}</p>
              )}
              <Topics topics={ambassador.topics} />
              <p className="text-xs text-slate-500">
                {t('ambassadors.counts', { posts: ambassador.posts, collections: ambassador.collections })}
              </p>
            </ListCard>
          ))}
        </ul>
      )}
    </div>
  );
}
