import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/errors.ts';
import { SelectField, TextField } from '../../components/field.tsx';
import type { OrganisationGoal } from './api.ts';

type GoalStatus = OrganisationGoal['status'];
export const goalStatuses: GoalStatus[] = ['draft', 'active', 'achieved', 'dropped'];

/** A goal's wording: its title and what it means (organisation and team goals alike). */
export function WordingFields({
  title,
  description,
  onTitleChange,
  onDescriptionChange,
  errors,
}: {
  title: string;
  description: string;
  onTitleChange: (value: string) => void;
  onDescriptionChange: (value: string) => void;
  errors: Record<string, FieldError>;
}) {
  const { t } = useTranslation('direction');
  return (
    <>
      <TextField
        label={t('goals.title')}
        value={title}
        onChange={(e) => onTitleChange(e.target.value)}
        required
        error={errors.title}
      />
      <TextField
        label={t('goals.description')}
        value={description}
        onChange={(e) => onDescriptionChange(e.target.value)}
        error={errors.description}
      />
    </>
  );
}

/** A goal's period: from and until (organisation and team goals alike). */
export function PeriodFields({
  start,
  end,
  onStartChange,
  onEndChange,
  errors,
}: {
  start: string;
  end: string;
  onStartChange: (value: string) => void;
  onEndChange: (value: string) => void;
  errors: Record<string, FieldError>;
}) {
  const { t } = useTranslation('direction');
  return (
    <div className="grid grid-cols-2 gap-3">
      <TextField
        label={t('goals.periodStart')}
        type="date"
        value={start}
        onChange={(e) => onStartChange(e.target.value)}
        error={errors.periodStart}
      />
      <TextField
        label={t('goals.periodEnd')}
        type="date"
        value={end}
        onChange={(e) => onEndChange(e.target.value)}
        error={errors.periodEnd}
      />
    </div>
  );
}

/** A goal's status as a labelled select. */
export function GoalStatusField({
  value,
  onChange,
  error,
}: {
  value: GoalStatus;
  onChange: (status: GoalStatus) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation('direction');
  return (
    <SelectField
      label={t('goals.status')}
      value={value}
      onChange={(e) => onChange(e.target.value as GoalStatus)}
      error={error}
    >
      {goalStatuses.map((status) => (
        <option key={status} value={status}>
          {t(`goalStatus.${status}`)}
        </option>
      ))}
    </SelectField>
  );
}
