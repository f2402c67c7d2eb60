import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Form, FormError, SubmitButton, TextField, useZodForm } from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { useSchedule } from './queries.ts';
import { scheduleDraft } from './survey-draft.ts';

/** A local date-time input's value ("yyyy-mm-ddThh:mm") some days from now. */
const localIn = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setMinutes(date.getMinutes() - date.getTimezoneOffset());
  return date.toISOString().slice(0, 16);
};
const iso = (local: string) => new Date(local).toISOString();
/** Send a draft now, or at a set time; it closes at the end date either way. */
export function ScheduleForm({ id }: { id: string }) {
  const { t } = useTranslation('surveys');
  const schedule = useSchedule(id);
  const form = useZodForm(scheduleDraft, { defaultValues: { opensAt: '', closesAt: localIn(14) } });
  const opensAt = useWatch({ control: form.control, name: 'opensAt' });
  const submit = (draft: z.output<typeof scheduleDraft>) =>
    schedule.mutateAsync({
      opensAt: draft.opensAt ? iso(draft.opensAt) : null,
      closesAt: iso(draft.closesAt),
    });
  return (
    <Card title={t('schedule.title')} titleId="survey-schedule">
      <Form form={form} onSubmit={submit}>
        <p className="text-sm text-slate-600">{t('schedule.intro')}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            name="opensAt"
            type="datetime-local"
            label={t('schedule.opensAt')}
            hint={t('schedule.opensAtHint')}
          />
          <TextField name="closesAt" type="datetime-local" label={t('schedule.closesAt')} required />
        </div>
        <FormError />
        <SubmitButton>{opensAt ? t('schedule.schedule') : t('schedule.sendNow')}</SubmitButton>
      </Form>
    </Card>
  );
}
