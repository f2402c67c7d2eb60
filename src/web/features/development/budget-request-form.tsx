import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { type DevelopmentPlan, eurosAsCents, useDevelopmentMutation } from './development-api.ts';

// The API's createRequestBody. The cost is typed as euros under the API's name (costCents), so the
// server's error on it lands on the field.
const requestSchema = z.object({
  title: z.string().trim().min(1).max(200),
  provider: z.string().trim().min(1).max(200),
  startsOn: z.string(),
  endsOn: z.string(),
  costCents: eurosAsCents(),
  hours: z.number().int().min(0).max(10_000).nullable(),
  goalId: z.string(),
  motivation: z.string().trim().min(1).max(5000),
});

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
  const form = useZodForm(requestSchema, {
    defaultValues: {
      title: initial.title ?? '',
      provider: '',
      startsOn: '',
      endsOn: '',
      costCents: '',
      hours: 0,
      goalId: initial.goalId ?? '',
      motivation: '',
    },
  });
  const create = useDevelopmentMutation((values: z.output<typeof requestSchema>) =>
    unwrap(
      api.POST('/api/v1/budgets/requests', {
        body: {
          ...values,
          startsOn: values.startsOn || null,
          endsOn: values.endsOn || null,
          hours: values.hours ?? 0,
          goalId: values.goalId || null,
          // Made from an external training in the plan: the plan shows where this request stands.
          actionId: initial.actionId ?? null,
        },
      }),
    ),
  );
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await create.mutateAsync(values);
        onDone();
      }}
      aria-label={t('budget.newRequest')}
    >
      <FormError />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="title" label={t('budget.title')} required />
        <TextField name="provider" label={t('budget.provider')} required />
        <TextField name="startsOn" label={t('budget.startsOn')} type="date" />
        <TextField name="endsOn" label={t('budget.endsOn')} type="date" />
        <TextField
          name="costCents"
          label={t('budget.cost')}
          inputMode="decimal"
          hint={t('budget.costHint')}
          required
        />
        <TextField name="hours" label={t('budget.hours')} type="number" min={0} />
      </div>
      <SelectField name="goalId" label={t('budget.goal')}>
        <option value="">{t('budget.noGoal')}</option>
        {goals.map((goal) => (
          <option key={goal.id} value={goal.id}>
            {goal.title}
          </option>
        ))}
      </SelectField>
      <TextAreaField name="motivation" label={t('budget.motivation')} hint={t('budget.motivationHint')} />
      <div className="flex gap-2">
        <SubmitButton>{t('budget.submit')}</SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}
