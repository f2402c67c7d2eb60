import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { ListCard, PostCard } from './components.tsx';
import { collectionQuery, useDeleteCollection } from './queries.ts';

/** One curated collection: posts and catalogue items, each with the curator's note. */
export function CollectionPage() {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const { id } = useParams({ from: '/_app/knowledge/collections/$id' });
  const collection = useQuery(collectionQuery(id));
  const remove = useDeleteCollection(id);
  if (collection.isPending) return <Loading />;
  if (collection.isError) return <QueryError error={collection.error} />;
  const data = collection.data;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={
          data.curator ? (
            <Link to="/knowledge/ambassadors/$id" params={{ id: data.curator.id }}>
              {t('collections.by', { name: data.curator.name })}
            </Link>
          ) : (
            t('collections.title')
          )
        }
        title={data.title}
        description={data.description}
        actions={
          data.canEdit ? (
            <Button
              variant="danger"
              onClick={async () => {
                await remove.mutateAsync();
                await navigate({ to: '/knowledge/ambassadors' });
              }}
            >
              {t('collections.delete')}
            </Button>
          ) : undefined
        }
      />
      {data.items.length === 0 ? (
        <EmptyState title={t('collections.noEntries')} />
      ) : (
        <ol className="space-y-3">
          {data.items.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`} className="space-y-2">
              {entry.note && <p className="text-sm italic text-slate-700">{entry.note}</p>}
              {entry.post ? (
                <ul>
                  <PostCard post={entry.post} />
                </ul>
              ) : entry.item ? (
                <ListCard as="div">
                  <Link
                    to="/learning/items/$id"
                    params={{ id: entry.item.id }}
                    className="font-medium text-teal-700 hover:underline"
                  >
                    {entry.item.title}
                  </Link>
                  {entry.item.durationMinutes ? (
                    <span className="ml-2 text-xs text-slate-500">
                      {t('collections.minutes', { count: entry.item.durationMinutes })}
                    </span>
                  ) : null}
                </ListCard>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
