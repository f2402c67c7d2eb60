import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { type EntityOption, EntityPicker, type EntitySource } from '../../components/entity-picker.tsx';
import { TextField as PlainTextField } from '../../components/field.tsx';
import {
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { PostCard } from './components.tsx';
import {
  type AmbassadorProfile,
  ambassadorQuery,
  ambassadorsQuery,
  type CollectionSummary,
  collectionQuery,
  reachQuery,
  useCreateCollection,
  useDeleteCollection,
  useSaveProfile,
} from './queries.ts';

// Ambassadors: the directory, a profile with collections and reach, and one collection.

function Topics({ topics }: { topics: { id: string; name: string }[] }) {
  if (!topics.length) return null;
  return (
    <div className="flex flex-wrap gap-1">
      {topics.map((topic) => (
        <Badge key={topic.id}>{topic.name}</Badge>
      ))}
    </div>
  );
}

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
            <li
              key={ambassador.person.id}
              className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            >
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
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const profileSchema = z.object({
  headline: z.string().trim().max(160),
  helpsWith: z.string().trim().max(1000),
});

function ProfileForm({ profile }: { profile: AmbassadorProfile }) {
  const { t } = useTranslation('knowledge');
  const save = useSaveProfile(profile.person.id);
  const form = useZodForm(profileSchema, {
    defaultValues: { headline: profile.headline, helpsWith: profile.helpsWith },
  });
  return (
    <Card title={t('ambassadors.edit')} titleId="ambassador-edit">
      <Form
        form={form}
        aria-label={t('ambassadors.edit')}
        onSubmit={(values) =>
          save.mutateAsync({ ...values, skillIds: profile.topics.map((topic) => topic.id) })
        }
      >
        <TextField name="headline" label={t('ambassadors.headline')} />
        <TextAreaField name="helpsWith" label={t('ambassadors.helpsWithLabel')} rows={3} />
        <FormError />
        <SubmitButton>{t('ambassadors.save')}</SubmitButton>
        {save.isSuccess && <p className="text-sm text-teal-700">{t('ambassadors.saved')}</p>}
      </Form>
    </Card>
  );
}

const itemSource: EntitySource = (term) => ({
  queryKey: ['picker', 'collection-items', term],
  queryFn: async () => {
    const page = await unwrap(
      api.GET('/api/v1/catalogue', { params: { query: { q: term || undefined, pageSize: 20 } } }),
    );
    return page.items
      .filter((entry) => entry.type === 'content')
      .map((entry): EntityOption => ({ id: entry.id, label: entry.title }));
  },
});
const postSource: EntitySource = (term) => ({
  queryKey: ['picker', 'collection-posts', term],
  queryFn: async () => {
    const page = await unwrap(
      api.GET('/api/v1/knowledge/posts', { params: { query: { q: term || undefined, pageSize: 20 } } }),
    );
    return page.items.map((post): EntityOption => ({ id: post.id, label: post.title }));
  },
});

const collectionSchema = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000),
  entries: z
    .array(
      z.object({
        kind: z.enum(['post', 'item']),
        id: z.uuid(),
        label: z.string(),
        note: z.string().max(300),
      }),
    )
    .max(50),
});

function NewCollection() {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const create = useCreateCollection();
  const form = useZodForm(collectionSchema, { defaultValues: { title: '', description: '', entries: [] } });
  const entries = useFieldArray({ control: form.control, name: 'entries', keyName: 'key' });
  const add = (kind: 'post' | 'item') => (option: EntityOption | null) => {
    if (option && !entries.fields.some((entry) => entry.id === option.id))
      entries.append({ kind, id: option.id, label: option.label, note: '' });
  };
  return (
    <Card title={t('collections.new')} titleId="collection-new">
      <Form
        form={form}
        aria-label={t('collections.new')}
        onSubmit={async (values) => {
          const created = await create.mutateAsync({
            title: values.title,
            description: values.description,
            entries: values.entries.map(({ kind, id, note }) => ({ kind, id, note })),
          });
          await navigate({ to: '/knowledge/collections/$id', params: { id: created.id } });
        }}
      >
        <TextField name="title" label={t('collections.titleLabel')} />
        <TextAreaField name="description" label={t('collections.description')} rows={2} />
        <EntityPicker
          label={t('collections.addItem')}
          source={itemSource}
          value={null}
          onChange={add('item')}
        />
        <EntityPicker
          label={t('collections.addPost')}
          source={postSource}
          value={null}
          onChange={add('post')}
        />
        {entries.fields.length > 0 && (
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {entries.fields.map((entry, index) => (
              <li key={entry.key}>
                <div className="flex items-center justify-between gap-2">
                  <span>
                    {entry.label}{' '}
                    <span className="text-slate-500">({t(`collections.kind.${entry.kind}`)})</span>
                  </span>
                  <Button type="button" variant="secondary" onClick={() => entries.remove(index)}>
                    {t('collections.remove')}
                  </Button>
                </div>
                <TextField name={`entries.${index}.note`} label={t('collections.note')} />
              </li>
            ))}
          </ol>
        )}
        <FormError />
        <SubmitButton>{t('collections.create')}</SubmitButton>
      </Form>
    </Card>
  );
}

function CollectionList({ collections }: { collections: CollectionSummary[] }) {
  const { t } = useTranslation('knowledge');
  if (!collections.length) return <p className="text-sm text-slate-600">{t('collections.empty')}</p>;
  return (
    <ul className="space-y-2 text-sm">
      {collections.map((collection) => (
        <li key={collection.id}>
          <Link
            to="/knowledge/collections/$id"
            params={{ id: collection.id }}
            className="font-medium text-teal-700 hover:underline"
          >
            {collection.title}
          </Link>{' '}
          <span className="text-slate-500">{t('collections.entries', { count: collection.entries })}</span>
        </li>
      ))}
    </ul>
  );
}

function ReachCard({ personId }: { personId: string }) {
  const { t } = useTranslation('knowledge');
  const reach = useQuery(reachQuery(personId));
  return (
    <Card title={t('reach.title')} titleId="ambassador-reach">
      {reach.isPending ? (
        <Loading />
      ) : reach.isError ? (
        <QueryError error={reach.error} />
      ) : (
        <div className="space-y-3 text-sm">
          <p>
            {t('reach.summary', {
              days: reach.data.days,
              opens: reach.data.totals.opens,
              people: reach.data.totals.people,
            })}
          </p>
          <p className="text-xs text-slate-500">{t('reach.honest')}</p>
          <table className="w-full text-left">
            <caption className="sr-only">{t('reach.title')}</caption>
            <thead>
              <tr className="text-xs text-slate-500">
                <th scope="col">{t('reach.what')}</th>
                <th scope="col">{t('reach.opens')}</th>
                <th scope="col">{t('reach.people')}</th>
              </tr>
            </thead>
            <tbody>
              {reach.data.collections.map((line) => (
                <tr key={line.id}>
                  <td>{t('reach.collection', { title: line.title })}</td>
                  <td>{line.opens}</td>
                  <td>–</td>
                </tr>
              ))}
              {reach.data.posts.map((line) => (
                <tr key={line.id}>
                  <td>{line.title}</td>
                  <td>{line.opens}</td>
                  <td>{line.people}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

/** An ambassador's profile: what they help with, their topics, spaces, collections, posts, reach. */
export function AmbassadorPage() {
  const { t } = useTranslation('knowledge');
  const me = useMe();
  const { id } = useParams({ from: '/_app/knowledge/ambassadors/$id' });
  const profile = useQuery(ambassadorQuery(id));
  if (profile.isPending) return <Loading />;
  if (profile.isError) return <QueryError error={profile.error} />;
  const data = profile.data;
  const isMe = data.person.id === me.person.id;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={<Link to="/knowledge/ambassadors">{t('ambassadors.title')}</Link>}
        title={data.person.name}
        description={[data.headline || data.jobTitle, data.unitName].filter(Boolean).join(' · ')}
      />
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-4">
          <Card title={t('ambassadors.helpsWithLabel')} titleId="ambassador-helps">
            <p className="text-sm">{data.helpsWith || t('ambassadors.noHelpsWith')}</p>
            <div className="mt-2">
              <Topics topics={data.topics} />
            </div>
          </Card>
          <Card title={t('collections.title')} titleId="ambassador-collections">
            <CollectionList collections={data.collectionList} />
          </Card>
          <section aria-labelledby="ambassador-posts" className="space-y-2">
            <h2 id="ambassador-posts" className="text-base font-semibold">
              {t('ambassadors.recentPosts')}
            </h2>
            {data.recentPosts.length ? (
              <ul className="space-y-3">
                {data.recentPosts.map((post) => (
                  <PostCard key={post.id} post={post} />
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">{t('spaces.empty')}</p>
            )}
          </section>
        </div>
        <div className="space-y-4">
          {data.spaces.length > 0 && (
            <Card title={t('ambassadors.spaces')} titleId="ambassador-spaces">
              <ul className="space-y-1 text-sm">
                {data.spaces.map((space) => (
                  <li key={space.id}>
                    <Link
                      to="/knowledge/spaces/$id"
                      params={{ id: space.id }}
                      className="text-teal-700 hover:underline"
                    >
                      {space.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {data.canSeeReach && <ReachCard personId={data.person.id} />}
          {data.canEdit && <ProfileForm profile={data} />}
          {isMe && can(me, 'knowledge.moderate') && <NewCollection />}
        </div>
      </div>
    </div>
  );
}

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
                <div className="rounded-lg border border-slate-200 bg-white p-4">
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
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
