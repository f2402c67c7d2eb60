import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { CheckboxField, Form, FormError, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { PersonPickerField } from '../../components/form/person-picker-field.tsx';
import type { OrganisationGoal } from './api.ts';
import {
  isPeriodInOrder,
  PeriodFields,
  periodOutOfOrder,
  periodShape,
  WordingFields,
  wordingShape,
} from './goal-fields.tsx';

// The API's updateGoalBody; '' is nobody as owner.
const goalSchema = z
  .object({ ...wordingShape, ownerId: z.string(), ...periodShape, isConfidential: z.boolean() })
  .refine(isPeriodInOrder, periodOutOfOrder);

/** Management changes a goal in place: wording, owner, period and confidentiality. */
export function GoalEditForm({ goal, onDone }: { goal: OrganisationGoal; onDone: () => void }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const form = useZodForm(goalSchema, {
    defaultValues: {
      title: goal.title,
      description: goal.description,
      ownerId: goal.owner?.id ?? '',
      periodStart: goal.periodStart ?? '',
      periodEnd: goal.periodEnd ?? '',
      isConfidential: goal.isConfidential,
    },
  });
  const save = useMutation({
    mutationFn: (values: z.output<typeof goalSchema>) =>
      unwrap(
        api.PATCH('/api/v1/goals/{id}', {
          params: { path: { id: goal.id } },
          body: {
            ...values,
            ownerId: values.ownerId || null,
            periodStart: values.periodStart || null,
            periodEnd: values.periodEnd || null,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      onDone();
    },
  });
  return (
    <Form
      form={form}
      onSubmit={(values) => save.mutateAsync(values)}
      aria-label={t('goals.editOf', { title: goal.title })}
      className="grid gap-3 sm:grid-cols-2"
    >
      <WordingFields />
      <PersonPickerField
        name="ownerId"
        currentName={goal.owner?.name}
        label={t('goals.ownerField')}
        hint={t('goals.ownerHint')}
      />
      <PeriodFields />
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
  );
}
