import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { NewCollection } from './collection-editor.tsx';
import { PostCard, SpaceLinks, Topics } from './components.tsx';
import {
  type AmbassadorProfile,
  ambassadorQuery,
  type CollectionSummary,
  reachQuery,
  useSaveProfile,
} from './queries.ts';

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
              <SpaceLinks spaces={data.spaces} />
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
