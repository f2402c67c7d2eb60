import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { ProgressBar } from '../../components/progress-bar.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can, isManager } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { directionKeys, type OrganisationGoal, type TeamGoal, useGoalTree, useMyUnit } from './api.ts';
import { GoalEditForm } from './goal-edit-form.tsx';
import { goalStatuses, WordingFields, wordingShape } from './goal-fields.tsx';
import { TeamGoalForm } from './team-goal-form.tsx';

/** A number as typed, with a decimal comma or point; 'invalid' when it is not one. */
const decimal = (text: string, context: z.RefinementCtx) => {
  const value = Number(text.replace(',', '.'));
  if (Number.isNaN(value)) context.addIssue({ code: 'custom', message: 'invalid' });
  return value;
};

// The API's checkInBody: the new value and an optional comment (at most 2000).
const checkInSchema = z.object({
  value: z.string().trim().min(1).transform(decimal),
  comment: z.string().max(2000),
});

function CheckInForm({
  keyResult,
  onDone,
}: {
  keyResult: OrganisationGoal['keyResults'][number];
  onDone: () => void;
}) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const form = useZodForm(checkInSchema, {
    defaultValues: { value: String(keyResult.currentValue), comment: '' },
  });
  const save = useMutation({
    mutationFn: (body: z.output<typeof checkInSchema>) =>
      unwrap(
        api.POST('/api/v1/goals/key-results/{id}/check-ins', {
          params: { path: { id: keyResult.id } },
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      await queryClient.invalidateQueries({ queryKey: directionKeys.whyAndWhat });
      onDone();
    },
  });
  return (
    <Form
      form={form}
      onSubmit={(values) => save.mutateAsync(values)}
      className="mt-2 grid gap-2 rounded-lg bg-slate-50 p-3 sm:grid-cols-[8rem_1fr_auto] sm:items-end"
    >
      <TextField name="value" label={t('goals.newValue')} inputMode="decimal" required />
      <TextField name="comment" label={t('goals.comment')} />
      <SubmitButton>{t('goals.saveCheckIn')}</SubmitButton>
      <div className="sm:col-span-3">
        <FormError />
      </div>
    </Form>
  );
}

function GoalStatusSelect({ goal }: { goal: OrganisationGoal }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (status: OrganisationGoal['status']) =>
      unwrap(api.PATCH('/api/v1/goals/{id}', { params: { path: { id: goal.id } }, body: { status } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['goals'] }),
  });
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span className="sr-only">{t('goals.statusOf', { title: goal.title })}</span>
      <select
        className="rounded-md border-0 py-1 pr-8 pl-2 text-sm ring-1 ring-slate-300"
        value={goal.status}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.target.value as OrganisationGoal['status'])}
      >
        {goalStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`goalStatus.${status}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

function GoalCard({
  goal,
  alignable,
}: {
  goal: OrganisationGoal & { teamGoals: TeamGoal[] };
  alignable: OrganisationGoal[];
}) {
  const { t } = useTranslation('direction');
  const me = useMe();
  const format = useFormat();
  const [checkingIn, setCheckingIn] = useState<string | null>(null);
  const [isEditing, setIsEditing] = useState(false);
  const [editingTeamGoal, setEditingTeamGoal] = useState<string | null>(null);
  const myUnit = useMyUnit();
  // The server decides (management, or the head of the unit or a unit above it); this hides the
  // button from those who clearly may not.
  const mayEditTeamGoal = (team: TeamGoal) =>
    can(me, 'direction.manage') || (isManager(me) && myUnit?.id === team.orgUnit.id);
  const mayCheckIn = can(me, 'direction.manage') || goal.owner?.id === me.person.id;
  if (isEditing)
    return (
      <Card title={t('goals.editOf', { title: goal.title })} titleId={`edit-goal-${goal.id}`}>
        <GoalEditForm goal={goal} onDone={() => setIsEditing(false)} />
      </Card>
    );
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-base font-semibold text-slate-900">{goal.title}</h2>
          <p className="text-sm text-slate-600">
            {goal.owner ? t('goals.owner', { name: goal.owner.name }) : null}
            {goal.periodEnd ? ` · ${t('goals.until', { date: format.date(goal.periodEnd) })}` : null}
          </p>
        </div>
        <div className="flex gap-2">
          {can(me, 'direction.manage') ? (
            <GoalStatusSelect goal={goal} />
          ) : (
            <Badge tone={goal.status === 'active' ? 'green' : goal.status === 'draft' ? 'amber' : 'neutral'}>
              {t(`goalStatus.${goal.status}`)}
            </Badge>
          )}
          {goal.isConfidential && <Badge tone="violet">{t('goals.confidential')}</Badge>}
          {can(me, 'direction.manage') && (
            <Button variant="secondary" onClick={() => setIsEditing(true)}>
              {t('goals.edit')}
            </Button>
          )}
        </div>
      </div>
      {goal.description && <p className="mt-2 text-sm text-slate-700">{goal.description}</p>}
      <div className="mt-3">
        <ProgressBar
          isValueShown
          percent={goal.progress * 100}
          label={t('goals.progressOf', { title: goal.title })}
        />
      </div>
      {goal.keyResults.length > 0 && (
        <ul className="mt-4 space-y-3">
          {goal.keyResults.map((kr) => (
            <li key={kr.id} className="text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-slate-800">{kr.metric}</span>
                <span className="text-slate-600">
                  {t('goals.keyResultValues', {
                    start: format.number(kr.startValue),
                    current: format.number(kr.currentValue),
                    target: format.number(kr.targetValue),
                    unit: kr.unit,
                  })}
                </span>
              </div>
              <ProgressBar isValueShown percent={kr.progress * 100} label={kr.metric} />
              {mayCheckIn &&
                (checkingIn === kr.id ? (
                  <CheckInForm keyResult={kr} onDone={() => setCheckingIn(null)} />
                ) : (
                  <button
                    type="button"
                    className="mt-1 text-xs font-medium text-teal-700 hover:underline"
                    onClick={() => setCheckingIn(kr.id)}
                  >
                    {t('goals.checkIn', { metric: kr.metric })}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-4 border-t border-slate-100 pt-3">
        <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">
          {t('goals.teamGoals')}
        </h3>
        {goal.teamGoals.length === 0 ? (
          <p className="text-sm text-slate-600">{t('goals.noTeamGoals')}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm">
            {goal.teamGoals.map((team) =>
              editingTeamGoal === team.id ? (
                <li key={team.id} className="rounded-lg bg-slate-50 p-3">
                  <TeamGoalForm
                    goals={alignable.concat(
                      goal.status === 'draft' && team.alignedGoalIds.includes(goal.id) ? [goal] : [],
                    )}
                    teamGoal={team}
                    onDone={() => setEditingTeamGoal(null)}
                  />
                </li>
              ) : (
                <li key={team.id} className="flex flex-wrap items-baseline justify-between gap-2">
                  <span>
                    <span className="font-medium text-slate-800">{team.orgUnit.name}</span>: {team.title}
                    {team.status !== 'active' && (
                      <span className="ml-2">
                        <Badge tone="neutral">{t(`goalStatus.${team.status}`)}</Badge>
                      </span>
                    )}
                  </span>
                  {mayEditTeamGoal(team) && (
                    <button
                      type="button"
                      className="text-xs font-medium text-teal-700 hover:underline"
                      aria-label={t('goals.editOf', { title: team.title })}
                      onClick={() => setEditingTeamGoal(team.id)}
                    >
                      {t('goals.edit')}
                    </button>
                  )}
                </li>
              ),
            )}
          </ul>
        )}
      </div>
    </Card>
  );
}

// The API's createGoalBody with at most one key result, typed in the same form: a measure (300),
// its target (a number, '' as 0 as before) and unit (40); no measure means no key result.
const newGoalSchema = z.object({
  ...wordingShape,
  keyResults: z.array(
    z.object({
      metric: z.string().trim().max(300),
      targetValue: z.string().trim().transform(decimal),
      unit: z.string().max(40),
    }),
  ),
  isDraft: z.boolean(),
  isConfidential: z.boolean(),
});

function NewGoalForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const form = useZodForm(newGoalSchema, {
    defaultValues: {
      title: '',
      description: '',
      keyResults: [{ metric: '', targetValue: '', unit: '' }],
      isDraft: true,
      isConfidential: false,
    },
  });
  const save = useMutation({
    mutationFn: ({ keyResults, isDraft, ...values }: z.output<typeof newGoalSchema>) =>
      unwrap(
        api.POST('/api/v1/goals', {
          body: {
            ...values,
            status: isDraft ? 'draft' : 'active',
            keyResults: keyResults
              .filter((keyResult) => keyResult.metric)
              .map((keyResult) => ({ ...keyResult, startValue: 0 })),
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      onDone();
    },
  });
  return (
    <Card title={t('goals.new')} titleId="new-goal">
      <Form form={form} onSubmit={(values) => save.mutateAsync(values)} className="grid gap-3 sm:grid-cols-2">
        <WordingFields />
        <TextField name="keyResults.0.metric" label={t('goals.metric')} />
        <div className="grid grid-cols-2 gap-3">
          <TextField name="keyResults.0.targetValue" label={t('goals.target')} inputMode="decimal" />
          <TextField name="keyResults.0.unit" label={t('goals.unit')} />
        </div>
        <CheckboxField name="isDraft" label={t('goals.isDraft')} hint={t('goals.isDraftHint')} />
        <CheckboxField
          name="isConfidential"
          label={t('goals.confidential')}
          hint={t('goals.confidentialHint')}
        />
        <div className="sm:col-span-2">
          <FormError />
        </div>
        <div className="flex gap-2 sm:col-span-2">
          <SubmitButton>{t('save')}</SubmitButton>
          <Button variant="secondary" onClick={onDone}>
            {t('cancel')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/** The alignment tree: organisation goals with key results, check-ins and the team goals under them. */
export function GoalsPage() {
  const { t } = useTranslation('direction');
  const me = useMe();
  const myUnit = useMyUnit();
  const tree = useGoalTree();
  const [form, setForm] = useState<'goal' | 'team' | null>(null);
  if (tree.isPending) return <Loading />;
  if (tree.isError) return <QueryError error={tree.error} />;
  const mayManage = can(me, 'direction.manage');
  // Team goals serve goals that are no longer drafts.
  const alignable = tree.data.filter((goal) => goal.status !== 'draft');
  return (
    <>
      <PageHeader
        title={t('goals.pageTitle')}
        description={t('goals.intro')}
        actions={
          <>
            {mayManage && <Button onClick={() => setForm('goal')}>{t('goals.new')}</Button>}
            {(mayManage || (isManager(me) && myUnit)) && (
              <Button variant="secondary" onClick={() => setForm('team')}>
                {t('goals.addTeamGoal')}
              </Button>
            )}
          </>
        }
      />
      <div className="space-y-4">
        {form === 'goal' && <NewGoalForm onDone={() => setForm(null)} />}
        {form === 'team' && (
          <Card title={t('goals.addTeamGoal')} titleId="new-team-goal">
            <TeamGoalForm goals={alignable} onDone={() => setForm(null)} />
          </Card>
        )}
        {tree.data.length === 0 ? (
          <EmptyState title={t('goals.none')} />
        ) : (
          tree.data.map((goal) => <GoalCard key={goal.id} goal={goal} alignable={alignable} />)
        )}
      </div>
    </>
  );
}
