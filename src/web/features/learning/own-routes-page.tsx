import { Link, useNavigate } from '@tanstack/react-router';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Schemas } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { SelectField } from '../../components/field.tsx';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useCreateRoute, useOwnRoutes, usePreferredFormat } from './own-routes-api.ts';

export const preferredFormats = [
  'article',
  'video',
  'audio',
  'course',
  'path',
  'quiz',
  'assignment',
  'link',
  'document',
];

function RouteList({
  routes,
  empty,
  showsOwner,
}: {
  routes: Schemas['OwnRouteSummary'][];
  empty: string;
  showsOwner?: boolean;
}) {
  const { t } = useTranslation('learning');
  if (!routes.length) return <EmptyState title={empty} />;
  return (
    <ul className="divide-y divide-slate-100">
      {routes.map((route) => (
        <li key={route.id} className="flex flex-wrap items-center gap-3 py-3">
          <div className="min-w-0 flex-1">
            <Link
              to="/learning/routes/$id"
              params={{ id: route.id }}
              className="font-medium text-slate-900 hover:underline"
            >
              {route.title}
            </Link>
            <p className="text-xs text-slate-600">
              {showsOwner && `${route.owner.name} · `}
              {t('ownRoutes.steps', { count: route.stepCount })}
            </p>
          </div>
          {route.isShared && <Badge tone="blue">{t('ownRoutes.shared')}</Badge>}
          {route.isPublished && <Badge tone="violet">{t('ownRoutes.published')}</Badge>}
          {!showsOwner && route.stepCount > 0 && (
            <div className="w-28">
              <ProgressBar percent={(route.doneCount / route.stepCount) * 100} label={route.title} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

// A new route starts with its title (at most 200); the rest is written on its own page.
const routeSchema = z.object({ title: z.string().trim().min(1).max(200) });

/** "Mijn eigen routes": mine, my team's shared ones (managers), colleagues' to copy, and how I like to learn. */
export function OwnRoutesPage() {
  const { t } = useTranslation('learning');
  const overview = useOwnRoutes();
  const create = useCreateRoute();
  const preferred = usePreferredFormat();
  const navigate = useNavigate();
  const form = useZodForm(routeSchema, { defaultValues: { title: '' } });
  const title = useWatch({ control: form.control, name: 'title' });
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <QueryError error={overview.error} />;
  const data = overview.data;
  return (
    <>
      <PageHeader title={t('ownRoutes.title')} description={t('ownRoutes.description')} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <Card title={t('ownRoutes.mine')} titleId="routes-mine">
            <Form
              form={form}
              onSubmit={async ({ title }) => {
                const route = await create.mutateAsync({ title, purpose: '', planGoalId: null, steps: [] });
                await navigate({ to: '/learning/routes/$id', params: { id: route.id } });
              }}
              className="mb-4 space-y-2"
            >
              <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
                <div className="flex-1">
                  <TextField name="title" label={t('ownRoutes.newTitle')} required maxLength={200} />
                </div>
                <SubmitButton isDisabled={!title.trim()}>{t('ownRoutes.create')}</SubmitButton>
              </div>
              <FormError />
            </Form>
            <RouteList routes={data.mine} empty={t('ownRoutes.mineEmpty')} />
          </Card>
          {data.fromTeam.length > 0 && (
            <Card title={t('ownRoutes.fromTeam')} titleId="routes-team">
              <RouteList routes={data.fromTeam} empty="" showsOwner />
            </Card>
          )}
          <Card title={t('ownRoutes.fromColleagues')} titleId="routes-published">
            <RouteList routes={data.published} empty={t('ownRoutes.publishedEmpty')} showsOwner />
          </Card>
        </div>
        <Card title={t('ownRoutes.howILearn')} titleId="routes-format">
          <p className="mb-3 text-sm text-slate-600">{t('ownRoutes.howILearnHint')}</p>
          <SelectField
            label={t('ownRoutes.preferredFormat')}
            value={data.preferredFormat ?? ''}
            onChange={(event) => preferred.mutate(event.target.value || null)}
          >
            <option value="">{t('ownRoutes.noPreference')}</option>
            {preferredFormats.map((format) => (
              <option key={format} value={format}>
                {t(`formats.${format}`)}
              </option>
            ))}
          </SelectField>
          {preferred.isSuccess && (
            <p role="status" className="mt-2 text-sm text-teal-800">
              {t('ownRoutes.preferenceSaved')}
            </p>
          )}
          <FormErrorRegion error={preferred.error} />
        </Card>
      </div>
    </>
  );
}
