import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { ConfirmDialog } from '../../components/dialog.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import {
  libraryQuery,
  useCreateTemplate,
  useDeleteTemplate,
  useEditTemplate,
  useSaveSettings,
  type WorkoutTemplate,
  workoutSettingsQuery,
} from './queries.ts';

// The WorkOut library screen's parts: pick, write, edit or delete an own WorkOut; L&D's settings.

/** The library: shipped WorkOuts and the organisation's own, which their author or L&D edit or delete. */
export function Library() {
  const { t } = useTranslation('workouts');
  const library = useQuery(libraryQuery());
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WorkoutTemplate | null>(null);
  if (library.isPending) return <Loading />;
  if (library.isError) return <QueryError error={library.error} />;
  return (
    <Card title={t('library.title')} titleId="workouts-library">
      <p className="mb-3 text-sm text-slate-600">{t('library.intro')}</p>
      <ul className="grid gap-3 md:grid-cols-2">
        {library.data.map((item) => (
          <li
            key={`${item.source}-${item.key}`}
            className="rounded-lg border border-slate-200 p-4"
            aria-label={item.title}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{item.title}</span>
              {item.theme && <Badge tone="blue">{item.theme}</Badge>}
              {item.source === 'own' && <Badge tone="violet">{t('library.own')}</Badge>}
            </div>
            <p className="mt-1 text-sm text-slate-700">{item.assignment}</p>
            <p className="mt-1 text-sm text-slate-600">
              {t('library.minutes', { count: item.durationMinutes })}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <ButtonLink
                to="/workouts/plan"
                search={{ key: item.key, source: item.source }}
                aria-label={t('library.pickNamed', { title: item.title })}
              >
                {t('library.pick')}
              </ButtonLink>
              {item.canEdit && editing !== item.key && (
                <Button
                  variant="secondary"
                  onClick={() => setEditing(item.key)}
                  aria-label={t('edit.openNamed', { title: item.title })}
                >
                  {t('edit.open')}
                </Button>
              )}
              {item.canEdit && (
                <Button
                  variant="ghost"
                  onClick={() => setDeleting(item)}
                  aria-label={t('remove.openNamed', { title: item.title })}
                >
                  {t('remove.open')}
                </Button>
              )}
            </div>
            {item.canEdit && editing === item.key && (
              <EditOwnWorkoutForm template={item} onDone={() => setEditing(null)} />
            )}
          </li>
        ))}
      </ul>
      <DeleteOwnWorkoutDialog template={deleting} onClose={() => setDeleting(null)} />
    </Card>
  );
}

/** Asks before deleting an own WorkOut; WorkOuts already planned with it keep their copy. */
function DeleteOwnWorkoutDialog({
  template,
  onClose,
}: {
  template: WorkoutTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('workouts');
  const remove = useDeleteTemplate();
  return (
    <ConfirmDialog
      isOpen={template !== null}
      onOpenChange={(isOpen) => {
        if (!isOpen) {
          remove.reset();
          onClose();
        }
      }}
      title={t('remove.title', { title: template?.title ?? '' })}
      description={t('remove.body')}
      confirmLabel={t('remove.confirm')}
      isDanger
      isBusy={remove.isPending}
      onConfirm={() => template && remove.mutate(template.key, { onSuccess: onClose })}
    >
      <FormErrorRegion error={remove.error} />
    </ConfirmDialog>
  );
}

const templateSchema = z.object({
  title: z.string().trim().min(1).max(200),
  theme: z.string().trim().max(100),
  assignment: z.string().trim().min(1).max(4000),
  reflectionQuestion: z.string().trim().min(1).max(500),
  durationMinutes: z.number().int().min(5).max(480),
});

export function OwnWorkoutForm() {
  const { t, i18n } = useTranslation('workouts');
  const create = useCreateTemplate();
  const form = useZodForm(templateSchema, {
    defaultValues: { title: '', theme: '', assignment: '', reflectionQuestion: '', durationMinutes: 30 },
  });
  return (
    <Card title={t('own.title')} titleId="workouts-own">
      <Form
        form={form}
        aria-label={t('own.title')}
        onSubmit={async (values) => {
          await create.mutateAsync({ ...values, language: i18n.language === 'en' ? 'en' : 'nl' });
          form.reset();
        }}
      >
        <TextField name="title" label={t('own.name')} />
        <TextField name="theme" label={t('own.theme')} />
        <TextAreaField name="assignment" label={t('own.assignment')} rows={3} />
        <TextField name="reflectionQuestion" label={t('own.question')} />
        <TextField name="durationMinutes" type="number" label={t('own.minutes')} />
        <FormError />
        <SubmitButton>{t('own.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}

const editSchema = templateSchema.extend({ language: z.enum(['nl', 'en']) });

/** Rewrites an own WorkOut; WorkOuts already planned keep the copy they were planned with. */
function EditOwnWorkoutForm({ template, onDone }: { template: WorkoutTemplate; onDone: () => void }) {
  const { t } = useTranslation('workouts');
  const save = useEditTemplate(template.key);
  const form = useZodForm(editSchema, {
    defaultValues: {
      language: template.language,
      title: template.title,
      theme: template.theme,
      assignment: template.assignment,
      reflectionQuestion: template.reflectionQuestion,
      durationMinutes: template.durationMinutes,
    },
  });
  return (
    <div className="mt-3 border-t border-slate-200 pt-3">
      <p className="mb-2 text-sm text-slate-600">{t('edit.keepsCopy')}</p>
      <Form
        form={form}
        aria-label={t('edit.titleNamed', { title: template.title })}
        onSubmit={async (values) => {
          await save.mutateAsync(values);
          onDone();
        }}
      >
        <SelectField name="language" label={t('edit.language')}>
          <option value="nl">{t('edit.nl')}</option>
          <option value="en">{t('edit.en')}</option>
        </SelectField>
        <TextField name="title" label={t('own.name')} />
        <TextField name="theme" label={t('own.theme')} />
        <TextAreaField name="assignment" label={t('own.assignment')} rows={4} />
        <TextField name="reflectionQuestion" label={t('own.question')} />
        <TextField name="durationMinutes" type="number" label={t('own.minutes')} />
        <FormError />
        <div className="flex gap-2">
          <SubmitButton>{t('edit.submit')}</SubmitButton>
          <Button variant="secondary" onClick={onDone}>
            {t('edit.cancel')}
          </Button>
        </div>
      </Form>
    </div>
  );
}

const settingsSchema = z.object({ reflectionReminderDays: z.number().int().min(1).max(14) });

/** L&D choose how many days after the session the reflection reminder goes out (once). */
export function WorkoutSettingsCard() {
  const { t } = useTranslation('workouts');
  const settings = useQuery(workoutSettingsQuery());
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} />;
  return <WorkoutSettingsForm reflectionReminderDays={settings.data.reflectionReminderDays} t={t} />;
}

function WorkoutSettingsForm({
  reflectionReminderDays,
  t,
}: {
  reflectionReminderDays: number;
  t: (key: string) => string;
}) {
  const save = useSaveSettings();
  const form = useZodForm(settingsSchema, { defaultValues: { reflectionReminderDays } });
  return (
    <Card title={t('settings.title')} titleId="workouts-settings">
      <Form
        form={form}
        aria-label={t('settings.title')}
        onSubmit={async (values) => {
          await save.mutateAsync(values);
        }}
      >
        <TextField
          name="reflectionReminderDays"
          type="number"
          label={t('settings.days')}
          hint={t('settings.daysHelp')}
        />
        <FormError />
        {save.isSuccess && !form.formState.isDirty && (
          <p role="status" className="text-sm text-teal-700">
            {t('settings.saved')}
          </p>
        )}
        <SubmitButton>{t('settings.submit')}</SubmitButton>
      </Form>
    </Card>
  );
}
