import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { Card } from '../../components/page.tsx';
import { useSchedule } from './queries.ts';

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
  const [opensAt, setOpensAt] = useState('');
  const [closesAt, setClosesAt] = useState(() => localIn(14));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    schedule.mutate({ opensAt: opensAt ? iso(opensAt) : null, closesAt: iso(closesAt) });
  };
  return (
    <Card title={t('schedule.title')} titleId="survey-schedule">
      <form onSubmit={submit} className="space-y-4">
        <p className="text-sm text-slate-600">{t('schedule.intro')}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            type="datetime-local"
            label={t('schedule.opensAt')}
            hint={t('schedule.opensAtHint')}
            value={opensAt}
            onChange={(event) => setOpensAt(event.target.value)}
          />
          <TextField
            type="datetime-local"
            label={t('schedule.closesAt')}
            required
            value={closesAt}
            onChange={(event) => setClosesAt(event.target.value)}
          />
        </div>
        <FormErrorRegion error={schedule.error} shownFields={['opensAt', 'closesAt']} />
        <Button type="submit" isBusy={schedule.isPending}>
          {opensAt ? t('schedule.schedule') : t('schedule.sendNow')}
        </Button>
      </form>
    </Card>
  );
}
