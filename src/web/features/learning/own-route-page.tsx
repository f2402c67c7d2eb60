import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SelectField as FormSelectField,
  TextField as FormTextField,
  SubmitButton,
  TextAreaField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { FormatIcon } from './entry-card.tsx';
import { entryLink } from './learning-api.ts';
import { AddFromCatalogue, AddOutside, type Step } from './own-route-steps.tsx';
import {
  type OwnRoute,
  useCopyRoute,
  useOwnRoute,
  useOwnRoutes,
  useRouteComment,
  useRouteVisibility,
  useSaveRoute,
} from './own-routes-api.ts';

const toInput = (route: OwnRoute) => ({
  title: route.title,
  purpose: route.purpose,
  planGoalId: route.planGoal?.id ?? null,
  steps: route.steps.map(
    (s): Step => ({
      kind: s.kind,
      refId: s.refId,
      title: s.title,
      note: s.note,
      url: s.url,
      isDone: s.isDone,
      format: s.format,
      key: s.id,
    }),
  ),
});

// The editor's own shape: the API's fields, with steps carrying what the screen shows (format, a key).
const routeForm = z.object({
  title: z.string().trim().min(1).max(200),
  purpose: z.string().max(2000),
  planGoalId: z.string().transform((id) => id || null),
  steps: z.array(z.custom<Step>()),
});

function Editor({ route }: { route: OwnRoute }) {
  const { t } = useTranslation('learning');
  const save = useSaveRoute(route.id);
  const overview = useOwnRoutes();
  const [saved, setSaved] = useState(false);
  const initial = toInput(route);
  const form = useZodForm(routeForm, { defaultValues: { ...initial, planGoalId: initial.planGoalId ?? '' } });
  // The keyed steps are react-hook-form's field array: its own ids keep rows stable while moving.
  const steps = useFieldArray({ control: form.control, name: 'steps', keyName: 'fieldId' });
  useEffect(() => {
    const watching = form.watch(() => setSaved(false));
    return () => watching.unsubscribe();
  }, [form]);
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await save.mutateAsync({
          ...values,
          steps: values.steps.map(({ format: _format, key: _key, ...step }) => step),
        });
        setSaved(true);
      }}
    >
      <Card>
        <div className="grid gap-4">
          <FormTextField name="title" label={t('ownRoutes.routeTitle')} required maxLength={200} />
          <TextAreaField name="purpose" label={t('ownRoutes.purpose')} rows={3} maxLength={2000} />
          <FormSelectField
            name="planGoalId"
            label={t('ownRoutes.planGoal')}
            hint={t('ownRoutes.planGoalHint')}
          >
            <option value="">{t('ownRoutes.noGoal')}</option>
            {overview.data?.planGoals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </FormSelectField>
        </div>
      </Card>
      <Card title={t('ownRoutes.stepsTitle')} titleId="route-steps">
        {steps.fields.length === 0 && <p className="text-sm text-slate-600">{t('ownRoutes.noSteps')}</p>}
        <ol className="divide-y divide-slate-100">
          {steps.fields.map((step, index) => (
            <li key={step.fieldId} className="flex flex-wrap items-center gap-2 py-2.5">
              <span className="w-6 text-sm text-slate-600">{index + 1}.</span>
              <FormatIcon format={step.format} />
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium text-slate-900">{step.title}</p>
                <p className="text-xs text-slate-600">
                  {step.refId ? t(`formats.${step.format}`) : t(`ownRoutes.kinds.${step.kind}`)}
                </p>
              </div>
              <CheckboxField name={`steps.${index}.isDone`} label={t('ownRoutes.done')} />
              <Button
                variant="ghost"
                disabled={index === 0}
                onClick={() => steps.move(index, index - 1)}
                aria-label={t('ownRoutes.up', { title: step.title })}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                disabled={index === steps.fields.length - 1}
                onClick={() => steps.move(index, index + 1)}
                aria-label={t('ownRoutes.down', { title: step.title })}
              >
                ↓
              </Button>
              <Button
                variant="ghost"
                onClick={() => steps.remove(index)}
                aria-label={t('ownRoutes.remove', { title: step.title })}
              >
                ✕
              </Button>
            </li>
          ))}
        </ol>
        <div className="mt-4 grid gap-6 border-t border-slate-100 pt-4 md:grid-cols-2">
          <AddFromCatalogue onAdd={(step) => steps.append(step)} />
          <AddOutside onAdd={(step) => steps.append(step)} />
        </div>
      </Card>
      <FormError />
      <div className="flex items-center gap-3">
        <SubmitButton>{t('ownRoutes.save')}</SubmitButton>
        {saved && (
          <p role="status" className="text-sm text-teal-800">
            {t('ownRoutes.saved')}
          </p>
        )}
      </div>
    </Form>
  );
}

function ReadOnlySteps({ route }: { route: OwnRoute }) {
  const { t } = useTranslation('learning');
  return (
    <Card title={t('ownRoutes.stepsTitle')} titleId="route-steps">
      <ol className="divide-y divide-slate-100">
        {route.steps.map((step, index) => (
          <li key={step.id} className="flex items-center gap-2 py-2.5 text-sm">
            <span className="w-6 text-slate-600">{index + 1}.</span>
            <FormatIcon format={step.format} />
            {step.refId && (step.kind === 'content' || step.kind === 'course' || step.kind === 'path') ? (
              <Link
                {...entryLink({ type: step.kind, id: step.refId })}
                className="flex-1 font-medium hover:underline"
              >
                {step.title}
              </Link>
            ) : (
              <span className="flex-1 font-medium">
                {step.title}{' '}
                <span className="font-normal text-slate-600">· {t(`ownRoutes.kinds.${step.kind}`)}</span>
              </span>
            )}
            {step.isDone && <span className="text-xs text-emerald-800">{t('ownRoutes.done')}</span>}
          </li>
        ))}
      </ol>
    </Card>
  );
}

function Sharing({ route }: { route: OwnRoute }) {
  const { t } = useTranslation('learning');
  const visibility = useRouteVisibility(route.id);
  return (
    <Card title={t('ownRoutes.sharing')} titleId="route-sharing">
      <div className="space-y-3">
        <Checkbox
          label={t('ownRoutes.shareWithManager')}
          hint={t('ownRoutes.shareHint')}
          checked={route.isShared}
          onChange={(e) => visibility.mutate({ isShared: e.target.checked, isPublished: route.isPublished })}
        />
        <Checkbox
          label={t('ownRoutes.publish')}
          hint={t('ownRoutes.publishHint')}
          checked={route.isPublished}
          onChange={(e) => visibility.mutate({ isShared: route.isShared, isPublished: e.target.checked })}
        />
        <FormErrorRegion error={visibility.error} />
      </div>
    </Card>
  );
}

// A comment on the route: a few words, at most 2000.
const commentSchema = z.object({ body: z.string().trim().min(1).max(2000) });

function Comments({ route }: { route: OwnRoute }) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const comment = useRouteComment(route.id);
  const form = useZodForm(commentSchema, { defaultValues: { body: '' } });
  const body = useWatch({ control: form.control, name: 'body' });
  return (
    <Card title={t('ownRoutes.comments')} titleId="route-comments">
      <ul className="space-y-3">
        {route.comments.map((c) => (
          <li key={c.id} className="rounded-lg bg-slate-50 p-3 text-sm">
            <p className="text-xs text-slate-600">
              {c.author?.name} · {format.date(c.createdAt)}
            </p>
            <p className="mt-1 whitespace-pre-line text-slate-900">{c.body}</p>
          </li>
        ))}
      </ul>
      <Form
        form={form}
        onSubmit={async (values) => {
          await comment.mutateAsync(values.body);
          form.reset();
        }}
        className="mt-3 space-y-2"
      >
        <TextAreaField name="body" label={t('ownRoutes.newComment')} rows={3} maxLength={2000} />
        <FormError />
        <SubmitButton variant="secondary" isDisabled={!body.trim()}>
          {t('ownRoutes.sendComment')}
        </SubmitButton>
      </Form>
    </Card>
  );
}

export function OwnRoutePage() {
  const { t } = useTranslation('learning');
  const { id } = useParams({ from: '/_app/learning/routes/$id' });
  const query = useOwnRoute(id);
  const copy = useCopyRoute(id);
  const navigate = useNavigate();
  if (query.isPending) return <Loading />;
  if (query.isError) return <QueryError error={query.error} />;
  const route = query.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/learning/routes" className="hover:underline">
            ← {t('ownRoutes.title')}
          </Link>
        }
        title={route.title}
        description={
          route.may.edit ? t('ownRoutes.editHint') : t('ownRoutes.byOwner', { name: route.owner.name })
        }
        actions={
          route.may.copy && (
            <Button
              isBusy={copy.isPending}
              onClick={() =>
                copy.mutate(undefined, {
                  onSuccess: (mine) => navigate({ to: '/learning/routes/$id', params: { id: mine.id } }),
                })
              }
            >
              {t('ownRoutes.copy')}
            </Button>
          )
        }
      />
      <FormErrorRegion error={copy.error} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          {!route.may.edit && route.purpose && <p className="text-slate-800">{route.purpose}</p>}
          {!route.may.edit && route.planGoal && (
            <p className="text-sm text-slate-700">
              {t('ownRoutes.servesGoal')}: <strong>{route.planGoal.title}</strong>
            </p>
          )}
          {route.may.edit ? <Editor key={route.id} route={route} /> : <ReadOnlySteps route={route} />}
        </div>
        <div className="space-y-4">
          {route.may.edit && <Sharing route={route} />}
          {route.may.comment && (route.isShared || route.comments.length > 0) && <Comments route={route} />}
        </div>
      </div>
    </>
  );
}
