import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { type FieldValues, type UseFormReturn, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  CheckboxField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useShownField,
} from '../../components/form/index.ts';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { type Serves, ServesPicker } from './serves-picker.tsx';

// What every catalogue editor (item, course, path) shares: topics typed as one line, what the
// learning serves, the "substantial" flag; courses and paths add a title, language and summary.

export const topicsAndServesShape = {
  topicsText: z.string(),
  serves: z.array(z.custom<Serves>()),
  isSubstantial: z.boolean(),
};
export const titledShape = {
  title: z.string().trim().min(1, 'required'),
  language: z.enum(['nl', 'en']),
  summary: z.string(),
};

/** "a, b , c" → ["a", "b", "c"]. */
export const topicsOf = (text: string) =>
  text
    .split(',')
    .map((topic) => topic.trim())
    .filter(Boolean);

/** The API takes only kind and id of what an entry serves; the names are for the screen. */
export const servesOf = (serves: Serves[]) => serves.map(({ kind, id }) => ({ kind, id }));

/** Fills the form with the stored entry once it has loaded (and again after each save). */
export function useLoadedValues<TEntity, TValues extends FieldValues>(
  form: UseFormReturn<TValues, unknown, FieldValues>,
  entity: TEntity | undefined,
  toValues: (entity: TEntity) => TValues,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly loaded entity resets the form
  useEffect(() => {
    if (entity) form.reset(toValues(entity));
  }, [entity]);
}

/** The frame of an editor page: loading and errors, the header with its actions, the form and Save. */
export function EntryEditor<TInput extends FieldValues, TOutput>({
  id,
  existing,
  eyebrow,
  title,
  actions,
  form,
  onSubmit,
  children,
  afterFields,
  afterForm,
}: {
  id: string | undefined;
  existing: UseQueryResult<unknown>;
  eyebrow: string;
  title: string;
  actions?: ReactNode;
  form: UseFormReturn<TInput, unknown, TOutput>;
  onSubmit: (values: TOutput) => Promise<unknown>;
  children: ReactNode;
  afterFields?: ReactNode;
  /** Parts with forms of their own (a SCORM package's): outside this form, as forms cannot nest. */
  afterForm?: ReactNode;
}) {
  const { t } = useTranslation('catalogue');
  if (id && existing.isPending) return <Loading />;
  if (existing.isError) return <QueryError error={existing.error} />;
  return (
    <>
      <PageHeader eyebrow={eyebrow} title={title} actions={actions} />
      <Form form={form} onSubmit={onSubmit} className="space-y-6">
        {children}
        {afterFields}
        <FormError />
        <SubmitButton>{t('actions.save')}</SubmitButton>
      </Form>
      {afterForm && <div className="mt-6 space-y-6">{afterForm}</div>}
    </>
  );
}

/** Title, language and summary of a course or path. */
export function TitleFields() {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <TextField name="title" label={t('editor.title')} required />
      <SelectField name="language" label={t('editor.language')}>
        <option value="nl">Nederlands</option>
        <option value="en">English</option>
      </SelectField>
      <div className="sm:col-span-2">
        <TextAreaField name="summary" label={t('editor.summary')} rows={2} />
      </div>
    </>
  );
}

/** Topics, what it serves and whether it is substantial: the same on every editor. */
export function TopicsAndServesFields() {
  const { t } = useTranslation('catalogue');
  return (
    <>
      <TextField name="topicsText" label={t('editor.topics')} hint={t('editor.topicsHint')} />
      <ServesField />
      <CheckboxField
        name="isSubstantial"
        label={t('editor.substantial')}
        hint={t('editor.substantialHint')}
      />
    </>
  );
}

function ServesField() {
  const { field, formState } = useController<{ serves: Serves[] }, 'serves'>({ name: 'serves' });
  useShownField('serves');
  // The server names a wrong reference by position: serves.2.id.
  const fieldErrors = Object.fromEntries(
    Object.entries((formState.errors.serves as Record<string, { id?: { message?: string } }>) ?? {}).flatMap(
      ([index, error]) =>
        error?.id?.message
          ? [
              [
                `serves.${index}.id`,
                { field: `serves.${index}.id`, message: error.id.message, code: error.id.message },
              ],
            ]
          : [],
    ),
  );
  return <ServesPicker value={field.value} onChange={field.onChange} fieldErrors={fieldErrors} />;
}
