import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  CheckboxGroupField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  useZodForm,
} from '../../components/form/index.ts';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { directionKeys, type OrganisationGoal, type TeamGoal, useMyUnit } from './api.ts';
import {
  GoalStatusField,
  isPeriodInOrder,
  PeriodFields,
  periodOutOfOrder,
  periodShape,
  WordingFields,
  wordingShape,
} from './goal-fields.tsx';

// The API's createTeamGoalBody and updateTeamGoalBody: a unit, the wording, one to ten organisation
// goals it serves, a period and (when changing) a status.
const teamGoalSchema = z
  .object({
    orgUnitId: z.string().min(1),
    ...wordingShape,
    alignedGoalIds: z.array(z.string()).min(1).max(10),
    ...periodShape,
    status: z.enum(['draft', 'active', 'achieved', 'dropped']),
  })
  .refine(isPeriodInOrder, periodOutOfOrder);

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
  const form = useZodForm(teamGoalSchema, {
    defaultValues: {
      orgUnitId: teamGoal?.orgUnit.id ?? myUnit?.id ?? '',
      title: teamGoal?.title ?? '',
      description: teamGoal?.description ?? '',
      alignedGoalIds: teamGoal?.alignedGoalIds ?? [],
      periodStart: teamGoal?.periodStart ?? '',
      periodEnd: teamGoal?.periodEnd ?? '',
      status: teamGoal?.status ?? 'active',
    },
  });
  const unitId = useWatch({ control: form.control, name: 'orgUnitId' });
  const save = useMutation({
    mutationFn: ({ orgUnitId, status, ...values }: z.output<typeof teamGoalSchema>) => {
      const fields = {
        ...values,
        periodStart: values.periodStart || null,
        periodEnd: values.periodEnd || null,
      };
      if (!teamGoal) return unwrap(api.POST('/api/v1/goals/team-goals', { body: { ...fields, orgUnitId } }));
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
  const formTitle = teamGoal
    ? t('goals.editOf', { title: teamGoal.title })
    : mayPickUnit
      ? t('goals.addTeamGoal')
      : t('goals.newTeamGoal', { unit: myUnit?.name ?? '' });
  return (
    <Form
      form={form}
      onSubmit={(values) => save.mutateAsync(values)}
      aria-label={formTitle}
      className="space-y-3"
    >
      {mayPickUnit ? (
        // Mounted again once the units arrive, so the chosen unit shows as chosen.
        <SelectField
          key={units.data ? 'units' : 'loading'}
          name="orgUnitId"
          label={t('goals.teamUnit')}
          required
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
      <WordingFields />
      <CheckboxGroupField
        name="alignedGoalIds"
        legend={t('goals.alignedTo')}
        options={goals.map((goal) => ({ value: goal.id, label: goal.title }))}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <PeriodFields />
        {teamGoal && <GoalStatusField />}
      </div>
      <FormError />
      <div className="flex gap-2">
        <SubmitButton isDisabled={!unitId}>{t('save')}</SubmitButton>
        <Button variant="secondary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </Form>
  );
}
