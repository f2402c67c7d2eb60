import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { type EntityOption, EntityPicker } from '../../components/entity-picker.tsx';
import { contentItemSource } from '../../components/entity-sources.ts';
import {
  CheckboxGroupField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can, isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { Library, OwnWorkoutForm, WorkoutSettingsCard } from './library.tsx';
import {
  goalsQuery,
  libraryQuery,
  type NextStep,
  reportsQuery,
  useComplete,
  usePlanWorkout,
  useReflect,
  type Workout,
  workoutQuery,
  workoutsQuery,
} from './queries.ts';

const dateOf = (date: string, language: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`${date}T12:00:00Z`));

function MyWorkouts() {
  const { t, i18n } = useTranslation('workouts');
  const list = useQuery(workoutsQuery());
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} />;
  return (
    <Card title={t('list.mine')} titleId="workouts-mine">
      {list.data.length === 0 ? (
        <p className="text-sm text-slate-600">{t('list.empty')}</p>
      ) : (
        <ul className="divide-y">
          {list.data.map((workout) => (
            <li key={workout.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <span>
                <Link
                  to="/workouts/$id"
                  params={{ id: workout.id }}
                  className="font-medium text-teal-800 underline"
                >
                  {workout.title}
                </Link>
                <span className="block text-sm text-slate-600">
                  {dateOf(workout.plannedOn, i18n.language)} ·{' '}
                  {workout.isMine
                    ? t('list.youLead')
                    : t('list.ledBy', { name: workout.manager.displayName })}{' '}
                  ·{' '}
                  {t('list.reflections', { count: workout.reflectionCount, total: workout.participantCount })}
                </span>
              </span>
              <span className="flex gap-2">
                {workout.status === 'done' ? (
                  <Badge tone="green">{t('status.done')}</Badge>
                ) : (
                  <Badge tone="amber">{t('status.planned')}</Badge>
                )}
                {workout.status === 'planned' && !workout.myReflection && !workout.isMine && (
                  <Badge tone="blue">{t('list.yourTurn')}</Badge>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** My WorkOuts; for a manager also the library to pick one from and a form for an own WorkOut. */
export function WorkoutsPage() {
  const { t } = useTranslation('workouts');
  const me = useMe();
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')} description={t('intro')} />
      <MyWorkouts />
      {isManager(me) && <Library />}
      {isManager(me) && <OwnWorkoutForm />}
      {can(me, 'catalogue.manage') && <WorkoutSettingsCard />}
    </div>
  );
}

const planSchema = z.object({
  plannedOn: z.iso.date(),
  participantIds: z.array(z.string()).min(1),
});

/** A manager plans the picked WorkOut with the team: a date, who takes part, the learning item it follows. */
export function PlanWorkoutPage() {
  const { t } = useTranslation('workouts');
  const me = useMe();
  const navigate = useNavigate();
  const { key, source } = useSearch({ from: '/_app/workouts/plan' });
  const library = useQuery(libraryQuery());
  const reports = useQuery(reportsQuery(me.person.id));
  const plan = usePlanWorkout();
  const form = useZodForm(planSchema, {
    defaultValues: { plannedOn: new Date().toISOString().slice(0, 10), participantIds: [] },
  });
  const item = library.data?.find((candidate) => candidate.key === key && candidate.source === source);
  const [learning, setLearning] = useState<EntityOption | null>(null);
  if (library.isPending || reports.isPending) return <Loading />;
  if (library.isError) return <QueryError error={library.error} />;
  if (reports.isError) return <QueryError error={reports.error} />;
  if (!item) return <EmptyState title={t('plan.notFound')} />;
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={<Link to="/workouts">{t('title')}</Link>}
        title={t('plan.title', { title: item.title })}
      />
      <Card title={item.title} titleId="plan-assignment">
        <p className="text-sm">{item.assignment}</p>
        <p className="mt-2 text-sm text-slate-600">
          {t('detail.question', { question: item.reflectionQuestion })}
        </p>
      </Card>
      <Card title={t('plan.withTeam')} titleId="plan-form">
        <Form
          form={form}
          aria-label={t('plan.withTeam')}
          onSubmit={async (values) => {
            const created = await plan.mutateAsync({
              ...(source === 'own' ? { templateId: item.key } : { libraryKey: item.key }),
              plannedOn: values.plannedOn,
              participantIds: values.participantIds,
              contentId: learning?.id ?? null,
            });
            await navigate({ to: '/workouts/$id', params: { id: created.id } });
          }}
        >
          <TextField name="plannedOn" type="date" label={t('plan.date')} />
          <CheckboxGroupField
            name="participantIds"
            legend={t('plan.participants')}
            options={reports.data.map((person) => ({ value: person.id, label: person.displayName }))}
          />
          <EntityPicker
            label={t('plan.item')}
            hint={t('plan.itemHint')}
            source={contentItemSource}
            value={learning}
            onChange={setLearning}
          />
          <FormError />
          <SubmitButton>{t('plan.submit')}</SubmitButton>
        </Form>
      </Card>
    </div>
  );
}

const reflectionSchema = z.object({ text: z.string().trim().min(1).max(2000) });

function ReflectionForm({ workout }: { workout: Workout }) {
  const { t } = useTranslation('workouts');
  const reflect = useReflect(workout.id);
  const form = useZodForm(reflectionSchema, { defaultValues: { text: workout.myReflection ?? '' } });
  return (
    <Card title={t('reflection.title')} titleId="workout-reflection">
      <Form
        form={form}
        aria-label={t('reflection.title')}
        onSubmit={(values) => reflect.mutateAsync(values.text)}
      >
        <TextAreaField name="text" label={workout.reflectionQuestion} rows={5} />
        <FormError />
        <SubmitButton className="w-full sm:w-auto">
          {workout.myReflection ? t('reflection.update') : t('reflection.submit')}
        </SubmitButton>
        {workout.myReflection && (
          <p className="text-sm text-emerald-800" role="status">
            {t('reflection.saved')}
          </p>
        )}
      </Form>
    </Card>
  );
}

const stepsSchema = z.object({
  steps: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(300),
        target: z.string().min(1),
        goalId: z.string(),
      }),
    )
    .max(30),
});

function CompleteForm({ workout }: { workout: Workout }) {
  const { t } = useTranslation('workouts');
  const complete = useComplete(workout.id);
  const goals = useQuery(goalsQuery());
  const form = useZodForm(stepsSchema, { defaultValues: { steps: [] } });
  const steps = useFieldArray({ control: form.control, name: 'steps' });
  const targets = form.watch('steps');
  return (
    <Card title={t('complete.title')} titleId="workout-complete">
      <p className="mb-3 text-sm text-slate-600">{t('complete.intro')}</p>
      <Form
        form={form}
        aria-label={t('complete.title')}
        onSubmit={async (values) => {
          await complete.mutateAsync(
            values.steps.map(
              (step): NextStep =>
                step.target === 'team'
                  ? { kind: 'team', title: step.title, alignedGoalId: step.goalId }
                  : { kind: 'personal', title: step.title, personId: step.target },
            ),
          );
        }}
      >
        {steps.fields.map((field, index) => (
          <fieldset key={field.id} className="space-y-2 rounded-lg border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">{t('complete.step', { number: index + 1 })}</legend>
            <TextField name={`steps.${index}.title`} label={t('complete.what')} />
            <SelectField name={`steps.${index}.target`} label={t('complete.landsIn')}>
              {workout.participants.map((p) => (
                <option key={p.person.id} value={p.person.id}>
                  {t('complete.planOf', { name: p.person.displayName })}
                </option>
              ))}
              <option value="team">{t('complete.teamGoal')}</option>
            </SelectField>
            {targets[index]?.target === 'team' && (
              <SelectField name={`steps.${index}.goalId`} label={t('complete.serves')}>
                <option value="">—</option>
                {(goals.data ?? []).map((goal) => (
                  <option key={goal.id} value={goal.id}>
                    {goal.title}
                  </option>
                ))}
              </SelectField>
            )}
            <Button variant="ghost" onClick={() => steps.remove(index)}>
              {t('complete.removeStep', { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button
          variant="secondary"
          onClick={() =>
            steps.append({ title: '', target: workout.participants[0]?.person.id ?? 'team', goalId: '' })
          }
        >
          {t('complete.addStep')}
        </Button>
        <FormError />
        <SubmitButton>{t('complete.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

/** One WorkOut: the assignment, my reflection (on a phone), the team's reflections, next steps. */
export function WorkoutPage() {
  const { t, i18n } = useTranslation('workouts');
  const me = useMe();
  const { id } = useParams({ from: '/_app/workouts/$id' });
  const workout = useQuery(workoutQuery(id));
  if (workout.isPending) return <Loading />;
  if (workout.isError) return <QueryError error={workout.error} />;
  const w = workout.data;
  const isParticipant = w.participants.some((p) => p.person.id === me.person.id);
  return (
    <div className="space-y-4">
      <PageHeader
        eyebrow={<Link to="/workouts">{t('title')}</Link>}
        title={w.title}
        description={t('detail.when', {
          date: dateOf(w.plannedOn, i18n.language),
          name: w.manager.displayName,
          count: w.durationMinutes,
        })}
        actions={
          w.status === 'done' ? (
            <Badge tone="green">{t('status.done')}</Badge>
          ) : (
            <Badge tone="amber">{t('status.planned')}</Badge>
          )
        }
      />
      <Card title={t('detail.assignment')} titleId="workout-assignment">
        <p className="whitespace-pre-line">{w.assignment}</p>
        {w.learningItem && (
          <p className="mt-2 text-sm text-slate-600">
            {t('detail.after')}{' '}
            <Link
              to="/learning/items/$id"
              params={{ id: w.learningItem.id }}
              className="text-teal-700 underline"
            >
              {w.learningItem.title}
            </Link>
          </p>
        )}
      </Card>
      {isParticipant && w.status === 'planned' && <ReflectionForm workout={w} />}
      <Card
        title={t('detail.reflections', { count: w.reflectionCount, total: w.participantCount })}
        titleId="workout-reflections"
      >
        <ul className="divide-y" data-testid="reflections">
          {w.participants.map((p) => (
            <li key={p.person.id} className="py-2">
              <span className="font-medium">{p.person.displayName}</span>
              <p className="text-sm text-slate-700">{p.reflection ?? t('detail.noReflection')}</p>
            </li>
          ))}
        </ul>
      </Card>
      {w.nextSteps.length > 0 && (
        <Card title={t('detail.nextSteps')} titleId="workout-next-steps">
          <ul className="divide-y" data-testid="next-steps">
            {w.nextSteps.map((step) => (
              <li key={step.id} className="py-2">
                <span className="font-medium">{step.title}</span>{' '}
                <Badge tone={step.kind === 'team' ? 'violet' : 'blue'}>
                  {step.kind === 'team'
                    ? t('detail.inTeamGoals')
                    : t('detail.inPlanOf', { name: step.person?.displayName ?? '' })}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {w.isMine && w.status === 'planned' && <CompleteForm workout={w} />}
    </div>
  );
}
