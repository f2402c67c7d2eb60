import { useController, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { useDevelopmentMutation } from './development-api.ts';
import { LearningPicker, type PickedLearning } from './learning-picker.tsx';

export const actionKinds = [
  'learning',
  'mentor',
  'assignment',
  'event',
  'external_training',
  'other',
] as const;

// The API's createActionBody: a title (at most 200); a learning action may take the chosen
// learning's title instead of its own.
const actionSchema = z
  .object({
    kind: z.enum(actionKinds),
    title: z.string().trim().max(200),
    dueDate: z.string(),
    learning: z.custom<PickedLearning>().nullable(),
  })
  .refine((action) => Boolean(action.title || (action.kind === 'learning' && action.learning)), {
    message: 'required',
    path: ['title'],
  });
type ActionValues = z.input<typeof actionSchema>;

export function ActionForm({
  planId,
  goalId,
  onDone,
}: {
  planId: string;
  goalId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('development');
  const form = useZodForm(actionSchema, {
    defaultValues: { kind: 'learning', title: '', dueDate: '', learning: null },
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const add = useDevelopmentMutation(({ kind, title, dueDate, learning }: z.output<typeof actionSchema>) => {
    const linked = kind === 'learning' ? learning : null;
    return unwrap(
      api.POST('/api/v1/plans/{id}/actions', {
        params: { path: { id: planId } },
        body: {
          goalId,
          kind,
          title: title || linked?.title || '',
          dueDate: dueDate || null,
          refKind: linked?.type ?? null,
          refId: linked?.id ?? null,
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
      className="mt-3 space-y-3 rounded-lg bg-slate-50 p-3"
    >
      <FormError />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr_10rem]">
        <SelectField name="kind" label={t('action.kind')}>
          {actionKinds.map((value) => (
            <option key={value} value={value}>
              {t(`action.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="title" label={t('action.title')} required />
        <TextField name="dueDate" label={t('action.dueDate')} type="date" />
      </div>
      {kind === 'learning' && <LearningField goalId={goalId} />}
      {kind === 'external_training' && <p className="text-xs text-slate-600">{t('action.externalHint')}</p>}
      <div className="flex gap-2">
        <SubmitButton>{t('action.add')}</SubmitButton>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function LearningField({ goalId }: { goalId: string | null }) {
  const { field } = useController<ActionValues, 'learning'>({ name: 'learning' });
  return <LearningPicker goalId={goalId} value={field.value} onChange={field.onChange} />;
}
