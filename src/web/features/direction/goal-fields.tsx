import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SelectField, TextField } from '../../components/form/index.ts';
import type { OrganisationGoal } from './api.ts';

type GoalStatus = OrganisationGoal['status'];
export const goalStatuses: GoalStatus[] = ['draft', 'active', 'achieved', 'dropped'];

// The API's goal and team-goal fields: a title (at most 300) and what it means (5000); a period
// whose end is not before its start, '' meaning open.
export const wordingShape = {
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000),
};
export const periodShape = { periodStart: z.string(), periodEnd: z.string() };
export const isPeriodInOrder = (period: { periodStart: string; periodEnd: string }) =>
  !period.periodStart || !period.periodEnd || period.periodEnd >= period.periodStart;
export const periodOutOfOrder = { message: 'endBeforeStart', path: ['periodEnd'] };

/** A goal's wording: its title and what it means (organisation and team goals alike). */
export function WordingFields() {
  const { t } = useTranslation('direction');
  return (
    <>
      <TextField name="title" label={t('goals.title')} required />
      <TextField name="description" label={t('goals.description')} />
    </>
  );
}

/** A goal's period: from and until (organisation and team goals alike). */
export function PeriodFields() {
  const { t } = useTranslation('direction');
  return (
    <div className="grid grid-cols-2 gap-3">
      <TextField name="periodStart" label={t('goals.periodStart')} type="date" />
      <TextField name="periodEnd" label={t('goals.periodEnd')} type="date" />
    </div>
  );
}

/** A goal's status as a labelled select. */
export function GoalStatusField() {
  const { t } = useTranslation('direction');
  return (
    <SelectField name="status" label={t('goals.status')}>
      {goalStatuses.map((status) => (
        <option key={status} value={status}>
          {t(`goalStatus.${status}`)}
        </option>
      ))}
    </SelectField>
  );
}
