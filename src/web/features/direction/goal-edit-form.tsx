import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Checkbox } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import type { OrganisationGoal } from './api.ts';
import { PeriodFields, WordingFields } from './goal-fields.tsx';

/** Management changes a goal in place: wording, owner, period and confidentiality. */
export function GoalEditForm({ goal, onDone }: { goal: OrganisationGoal; onDone: () => void }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(goal.title);
  const [description, setDescription] = useState(goal.description);
  const [ownerId, setOwnerId] = useState<string | null>(goal.owner?.id ?? null);
  const [periodStart, setPeriodStart] = useState(goal.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(goal.periodEnd ?? '');
  const [isConfidential, setIsConfidential] = useState(goal.isConfidential);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/goals/{id}', {
          params: { path: { id: goal.id } },
          body: {
            title,
            description,
            ownerId,
            periodStart: periodStart || null,
            periodEnd: periodEnd || null,
            isConfidential,
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['goals'] });
      onDone();
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      aria-label={t('goals.editOf', { title: goal.title })}
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <WordingFields
        title={title}
        description={description}
        onTitleChange={setTitle}
        onDescriptionChange={setDescription}
        errors={errors}
      />
      <PersonPicker
        value={ownerId}
        currentName={goal.owner?.name}
        onChange={setOwnerId}
        error={errors.ownerId}
        label={t('goals.ownerField')}
        hint={t('goals.ownerHint')}
      />
      <PeriodFields
        start={periodStart}
        end={periodEnd}
        onStartChange={setPeriodStart}
        onEndChange={setPeriodEnd}
        errors={errors}
      />
      <Checkbox
        label={t('goals.confidential')}
        hint={t('goals.confidentialHint')}
        checked={isConfidential}
        onChange={(e) => setIsConfidential(e.target.checked)}
      />
      <div className="sm:col-span-2">
        <FormErrorRegion error={save.error} shownFields={['title', 'ownerId', 'periodStart', 'periodEnd']} />
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" isBusy={save.isPending}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
