import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxGroup } from '../../components/checkbox-group.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { directionKeys, type OrganisationGoal, type TeamGoal, useMyUnit } from './api.ts';
import { GoalStatusField, PeriodFields, WordingFields } from './goal-fields.tsx';

/**
 * A unit's team goal, new or changed: its wording, the organisation goals it serves, its period and
 * (when changing) its status. Management picks the unit; a unit head writes for their own unit.
 */
export function TeamGoalForm({
  goals,
  teamGoal,
  onDone,
}: {
  goals: OrganisationGoal[];
  teamGoal?: TeamGoal;
  onDone: () => void;
}) {
  const { t } = useTranslation('direction');
  const me = useMe();
  const myUnit = useMyUnit();
  const queryClient = useQueryClient();
  const mayPickUnit = !teamGoal && can(me, 'direction.manage');
  const units = useQuery({
    queryKey: ['org-units'],
    queryFn: () => unwrap(api.GET('/api/v1/org-units')),
    enabled: mayPickUnit,
  });
  const [unitId, setUnitId] = useState(teamGoal?.orgUnit.id ?? myUnit?.id ?? '');
  const [title, setTitle] = useState(teamGoal?.title ?? '');
  const [description, setDescription] = useState(teamGoal?.description ?? '');
  const [aligned, setAligned] = useState<string[]>(teamGoal?.alignedGoalIds ?? []);
  const [periodStart, setPeriodStart] = useState(teamGoal?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(teamGoal?.periodEnd ?? '');
  const [status, setStatus] = useState<TeamGoal['status']>(teamGoal?.status ?? 'active');
  const save = useMutation({
    mutationFn: () => {
      const fields = {
        title,
        description,
        alignedGoalIds: aligned,
        periodStart: periodStart || null,
        periodEnd: periodEnd || null,
      };
      if (!teamGoal)
        return unwrap(api.POST('/api/v1/goals/team-goals', { body: { ...fields, orgUnitId: unitId } }));
      return unwrap(
        api.PATCH('/api/v1/goals/team-goals/{id}', {
          params: { path: { id: teamGoal.id } },
          body: { ...fields, status },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      await queryClient.invalidateQueries({ queryKey: directionKeys.whyAndWhat });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  const formTitle = teamGoal
    ? t('goals.editOf', { title: teamGoal.title })
    : mayPickUnit
      ? t('goals.addTeamGoal')
      : t('goals.newTeamGoal', { unit: myUnit?.name ?? '' });
  return (
    <form
      aria-label={formTitle}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      {mayPickUnit ? (
        <SelectField
          label={t('goals.teamUnit')}
          value={unitId}
          onChange={(e) => setUnitId(e.target.value)}
          required
          error={errors.orgUnitId}
        >
          <option value="">—</option>
          {(units.data ?? []).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="text-sm text-slate-700">
          {t('goals.teamGoalOf', { unit: teamGoal?.orgUnit.name ?? myUnit?.name ?? '' })}
        </p>
      )}
      <WordingFields
        title={title}
        description={description}
        onTitleChange={setTitle}
        onDescriptionChange={setDescription}
        errors={errors}
      />
      <CheckboxGroup
        legend={t('goals.alignedTo')}
        options={goals.map((goal) => ({ value: goal.id, label: goal.title }))}
        selected={aligned}
        onChange={setAligned}
        error={errors.alignedGoalIds}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <PeriodFields
          start={periodStart}
          end={periodEnd}
          onStartChange={setPeriodStart}
          onEndChange={setPeriodEnd}
          errors={errors}
        />
        {teamGoal && <GoalStatusField value={status} onChange={setStatus} error={errors.status} />}
      </div>
      <FormErrorRegion
        error={save.error}
        shownFields={[
          'orgUnitId',
          'title',
          'description',
          'alignedGoalIds',
          'periodStart',
          'periodEnd',
          'status',
        ]}
      />
      <div className="flex gap-2">
        <Button type="submit" isBusy={save.isPending} disabled={!unitId}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
