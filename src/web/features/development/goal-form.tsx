import { useController, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  toFieldError,
  useShownField,
  useZodForm,
} from '../../components/form/index.ts';
import { useDevelopmentMutation } from './development-api.ts';
import { type DevelopedSkill, type Serves, ServesPicker, SkillPicker } from './serves-picker.tsx';

// The API's createGoalBody: a title (at most 200), why (5000), what it serves, a measure (2000).
const goalSchema = z.object({
  title: z.string().trim().min(1).max(200),
  why: z.string().trim().max(5000),
  serves: z.custom<Serves>(),
  skill: z.custom<DevelopedSkill>(),
  servesLabel: z.string().trim().max(200),
  successMeasure: z.string().trim().max(2000),
  targetDate: z.string(),
});
type GoalValues = z.input<typeof goalSchema>;

/** A new goal: in my own words, what it serves, how I know I got there. */
export function GoalForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation('development');
  const form = useZodForm(goalSchema, {
    defaultValues: {
      title: '',
      why: '',
      serves: { kind: null, id: null, targetLevel: null },
      skill: { id: null, targetLevel: null },
      servesLabel: '',
      successMeasure: '',
      targetDate: '',
    },
  });
  const serves = useWatch({ control: form.control, name: 'serves' });
  const add = useDevelopmentMutation(({ serves, skill, ...values }: z.output<typeof goalSchema>) => {
    // A goal that serves a skill develops that skill; a second skill picker would say it twice.
    const developed = serves.kind === 'skill' ? { id: null, targetLevel: null } : skill;
    return unwrap(
      api.POST('/api/v1/plans/{id}/goals', {
        params: { path: { id: planId } },
        body: {
          title: values.title,
          why: values.why || null,
          servesKind: serves.kind,
          servesId: serves.id,
          targetLevel: serves.targetLevel,
          skillId: developed.id,
          skillTargetLevel: developed.targetLevel,
          servesLabel: serves.id ? null : values.servesLabel || null,
          successMeasure: values.successMeasure || null,
          targetDate: values.targetDate || null,
        },
      }),
    );
  });
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await add.mutateAsync(values);
        onDone();
      }}
      className="space-y-4 rounded-xl border border-teal-200 bg-teal-50/40 p-5"
    >
      <h3 className="text-base font-semibold text-slate-900">{t('goal.new')}</h3>
      <FormError />
      <TextField name="title" label={t('goal.title')} required />
      <TextAreaField name="why" label={t('goal.why')} hint={t('goal.whyHint')} />
      <ServesField />
      {serves.kind !== 'skill' && <SkillField />}
      {!serves.id && (
        <TextField name="servesLabel" label={t('goal.servesLabel')} hint={t('goal.servesLabelHint')} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="successMeasure" label={t('goal.successMeasure')} />
        <TextField name="targetDate" label={t('goal.targetDate')} type="date" />
      </div>
      <div className="flex gap-2">
        <SubmitButton>{t('goal.add')}</SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/** What the goal serves; the API names a wrong choice on "servesId". */
function ServesField() {
  const { field } = useController<GoalValues, 'serves'>({ name: 'serves' });
  const { errors } = useFormState<GoalValues & { servesId?: string }>({ name: 'servesId' });
  useShownField('servesId');
  return (
    <ServesPicker
      value={field.value}
      onChange={field.onChange}
      error={toFieldError('servesId', errors.servesId)}
    />
  );
}

function SkillField() {
  const { field } = useController<GoalValues, 'skill'>({ name: 'skill' });
  return <SkillPicker value={field.value} onChange={field.onChange} />;
}
