import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  CheckboxField,
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';

type Principle = Schemas['Principle'];
type Collection = 'values' | 'competencies';

// The API's principleBody: a name (at most 200), a description (5000) and behaviours typed one line
// per level, from level 1 upwards (at most 10 lines of 1000).
export const principleSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  behaviours: z
    .string()
    .transform((lines) =>
      lines
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((description, index) => ({ level: index + 1, description })),
    )
    .pipe(z.array(z.object({ level: z.number(), description: z.string().max(1000) })).max(10)),
  isDraft: z.boolean(),
});

/** The body the API takes from the form's values. */
export const principleOf = ({ isDraft, ...values }: z.output<typeof principleSchema>) => ({
  ...values,
  status: isDraft ? ('draft' as const) : ('published' as const),
});

const behaviourLinesOf = (principle: Principle) =>
  [...principle.behaviours]
    .sort((a, b) => a.level - b.level)
    .map((b) => b.description)
    .join('\n');

/** Change or remove an existing core value or competency; the form starts with what it says now. */
export function PrincipleItemEditor({ collection, item }: { collection: Collection; item: Principle }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const form = useZodForm(principleSchema, {
    defaultValues: {
      name: item.name,
      description: item.description ?? '',
      behaviours: behaviourLinesOf(item),
      isDraft: item.status === 'draft',
    },
  });
  const refresh = async () => {
    setMode('view');
    await queryClient.invalidateQueries({ queryKey: ['direction'] });
  };
  const params = { params: { path: { id: item.id } } };
  const save = useMutation({
    mutationFn: (values: z.output<typeof principleSchema>) => {
      const body = principleOf(values);
      return unwrap(
        collection === 'values'
          ? api.PATCH('/api/v1/direction/values/{id}', { ...params, body })
          : api.PATCH('/api/v1/direction/competencies/{id}', { ...params, body }),
      );
    },
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        collection === 'values'
          ? api.DELETE('/api/v1/direction/values/{id}', params)
          : api.DELETE('/api/v1/direction/competencies/{id}', params),
      ),
    onSuccess: refresh,
  });
  if (mode === 'view')
    return (
      <span className="mt-1 flex gap-3 text-xs">
        <button
          type="button"
          className="font-medium text-teal-700 hover:underline"
          onClick={() => setMode('edit')}
        >
          {t('editor.change', { name: item.name })}
        </button>
        <button
          type="button"
          className="font-medium text-red-700 hover:underline"
          onClick={() => setMode('remove')}
        >
          {t('editor.remove', { name: item.name })}
        </button>
      </span>
    );
  if (mode === 'remove')
    return (
      <div role="alert" className="mt-2 space-y-2 rounded-lg bg-red-50 p-3 text-sm text-red-900">
        <p>{t('editor.removeConfirm', { name: item.name })}</p>
        <FormErrorRegion error={remove.error} />
        <div className="flex gap-2">
          <Button variant="danger" onClick={() => remove.mutate()} isBusy={remove.isPending}>
            {t('editor.removeYes')}
          </Button>
          <Button variant="secondary" onClick={() => setMode('view')}>
            {t('editor.cancel')}
          </Button>
        </div>
      </div>
    );
  return (
    <Form
      form={form}
      onSubmit={(values) => save.mutateAsync(values)}
      aria-label={t('editor.change', { name: item.name })}
      className="mt-2 space-y-2 rounded-lg bg-slate-50 p-3"
    >
      <TextField name="name" label={t('editor.name')} required />
      <TextField name="description" label={t('editor.description')} />
      <TextAreaField name="behaviours" label={t('editor.behaviours')} hint={t('editor.behavioursHint')} />
      <CheckboxField name="isDraft" label={t('editor.asDraft')} />
      <FormError />
      <div className="flex gap-2">
        <SubmitButton>{t('editor.save')}</SubmitButton>
        <Button variant="secondary" onClick={() => setMode('view')}>
          {t('editor.cancel')}
        </Button>
      </div>
    </Form>
  );
}
