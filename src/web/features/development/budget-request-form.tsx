import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { centsOf, type DevelopmentPlan, useDevelopmentMutation } from './development-api.ts';

export function BudgetRequestForm({
  goals,
  initial,
  onDone,
}: {
  goals: DevelopmentPlan['goals'];
  initial: { goalId?: string; actionId?: string; title?: string };
  onDone: () => void;
}) {
  const { t } = useTranslation('development');
  const [form, setForm] = useState({
    provider: '',
    title: initial.title ?? '',
    startsOn: '',
    endsOn: '',
    cost: '',
    hours: '0',
    motivation: '',
    goalId: initial.goalId ?? '',
  });
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [field]: event.target.value }));
  const create = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/budgets/requests', {
        body: {
          provider: form.provider,
          title: form.title,
          startsOn: form.startsOn || null,
          endsOn: form.endsOn || null,
          costCents: centsOf(form.cost),
          hours: Number(form.hours) || 0,
          motivation: form.motivation,
          goalId: form.goalId || null,
          // Made from an external training in the plan: the plan shows where this request stands.
          actionId: initial.actionId ?? null,
        },
      }),
    ),
  );
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label={t('budget.newRequest')}>
      <FormErrorRegion
        error={create.error}
        shownFields={['provider', 'title', 'costCents', 'motivation', 'endsOn']}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('budget.title')}
          value={form.title}
          onChange={set('title')}
          error={errors.title}
          required
        />
        <TextField
          label={t('budget.provider')}
          value={form.provider}
          onChange={set('provider')}
          error={errors.provider}
          required
        />
        <TextField
          label={t('budget.startsOn')}
          type="date"
          value={form.startsOn}
          onChange={set('startsOn')}
        />
        <TextField
          label={t('budget.endsOn')}
          type="date"
          value={form.endsOn}
          onChange={set('endsOn')}
          error={errors.endsOn}
        />
        <TextField
          label={t('budget.cost')}
          inputMode="decimal"
          value={form.cost}
          onChange={set('cost')}
          error={errors.costCents}
          hint={t('budget.costHint')}
          required
        />
        <TextField
          label={t('budget.hours')}
          type="number"
          min={0}
          value={form.hours}
          onChange={set('hours')}
        />
      </div>
      <SelectField label={t('budget.goal')} value={form.goalId} onChange={set('goalId')}>
        <option value="">{t('budget.noGoal')}</option>
        {goals.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goal.title}
          </option>
        ))}
      </SelectField>
      <TextArea
        label={t('budget.motivation')}
        hint={t('budget.motivationHint')}
        value={form.motivation}
        onChange={set('motivation')}
      />
      <div className="flex gap-2">
        <Button type="submit" isBusy={create.isPending}>
          {t('budget.submit')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
