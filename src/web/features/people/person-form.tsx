import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';

export type PersonFormValues = {
  givenName: string;
  familyNamePrefix: string;
  familyName: string;
  email: string;
  employeeNumber: string;
  jobTitle: string;
  orgUnitId: string | null;
  managerId: string | null;
  startDate: string;
  endDate: string;
  locale: 'nl' | 'en' | null;
  status: 'active' | 'leaving' | 'left';
};

export const valuesOf = (person?: Person): PersonFormValues => ({
  givenName: person?.givenName ?? '',
  familyNamePrefix: person?.familyNamePrefix ?? '',
  familyName: person?.familyName ?? '',
  email: person?.email ?? '',
  employeeNumber: person?.employeeNumber ?? '',
  jobTitle: person?.jobTitle ?? '',
  orgUnitId: person?.orgUnit?.id ?? null,
  managerId: person?.manager?.id ?? null,
  startDate: person?.startDate ?? '',
  endDate: person?.endDate ?? '',
  locale: person?.locale ?? null,
  status: person?.status ?? 'active',
});

/** What the API expects: empty dates become null, empty texts are cleared by the server. */
export const bodyOf = (values: PersonFormValues) => ({
  ...values,
  startDate: values.startDate || null,
  endDate: values.endDate || null,
});

const shownFields = [
  'givenName',
  'familyNamePrefix',
  'familyName',
  'email',
  'employeeNumber',
  'jobTitle',
  'orgUnitId',
  'managerId',
  'startDate',
  'endDate',
  'locale',
  'status',
];

export function PersonForm({
  person,
  error,
  isBusy,
  submitLabel,
  onSubmit,
  onCancel,
  extra,
}: {
  person?: Person;
  error: unknown;
  isBusy: boolean;
  submitLabel: string;
  onSubmit: (values: PersonFormValues) => void;
  onCancel?: () => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => valuesOf(person));
  const units = useOrgUnits();
  const errors = fieldErrorsOf(error);
  // Fields the identity provider manages (SCIM) are shown locked, with the reason.
  const managed = new Set(person?.scimManagedFields ?? []);
  const lock = (field: keyof PersonFormValues) =>
    managed.has(field) ? { disabled: true, hint: t('people.form.scimManaged') } : {};
  const set =
    <K extends keyof PersonFormValues>(key: K) =>
    (value: PersonFormValues[K]) =>
      setValues((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <FormErrorRegion error={error} shownFields={shownFields} />
      <fieldset className="grid gap-4 sm:grid-cols-6">
        <legend className="mb-3 text-sm font-semibold text-slate-900">{t('people.form.name')}</legend>
        <div className="sm:col-span-2">
          <TextField
            label={t('fields.givenName')}
            required
            autoComplete="off"
            value={values.givenName}
            onChange={(event) => set('givenName')(event.target.value)}
            error={errors.givenName}
            {...lock('givenName')}
          />
        </div>
        <div className="sm:col-span-1">
          <TextField
            label={t('fields.familyNamePrefix')}
            autoComplete="off"
            value={values.familyNamePrefix}
            onChange={(event) => set('familyNamePrefix')(event.target.value)}
            error={errors.familyNamePrefix}
            {...lock('familyNamePrefix')}
          />
        </div>
        <div className="sm:col-span-3">
          <TextField
            label={t('fields.familyName')}
            required
            autoComplete="off"
            value={values.familyName}
            onChange={(event) => set('familyName')(event.target.value)}
            error={errors.familyName}
            {...lock('familyName')}
          />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-sm font-semibold text-slate-900">{t('people.form.work')}</legend>
        <TextField
          label={t('fields.email')}
          type="email"
          required
          autoComplete="off"
          value={values.email}
          onChange={(event) => set('email')(event.target.value)}
          error={errors.email}
          {...lock('email')}
        />
        <TextField
          label={t('fields.employeeNumber')}
          autoComplete="off"
          value={values.employeeNumber}
          onChange={(event) => set('employeeNumber')(event.target.value)}
          error={errors.employeeNumber}
          {...lock('employeeNumber')}
        />
        <TextField
          label={t('fields.jobTitle')}
          autoComplete="off"
          value={values.jobTitle}
          onChange={(event) => set('jobTitle')(event.target.value)}
          error={errors.jobTitle}
          {...lock('jobTitle')}
        />
        <SelectField
          label={t('fields.unit')}
          value={values.orgUnitId ?? ''}
          onChange={(event) => set('orgUnitId')(event.target.value || null)}
          error={errors.orgUnitId}
        >
          <option value="">{t('people.form.noUnit')}</option>
          <UnitOptions units={flattenTree(buildUnitTree(units.data ?? []))} />
        </SelectField>
        <div className="sm:col-span-2">
          <PersonPicker
            label={t('fields.manager')}
            hint={managed.has('managerId') ? t('people.form.scimManaged') : t('people.form.managerHint')}
            disabled={managed.has('managerId')}
            value={values.managerId}
            currentName={person?.manager?.name}
            excludeId={person?.id}
            onChange={set('managerId')}
            error={errors.managerId}
          />
        </div>
        <TextField
          label={t('fields.startDate')}
          type="date"
          value={values.startDate}
          onChange={(event) => set('startDate')(event.target.value)}
          error={errors.startDate}
        />
        <TextField
          label={t('fields.endDate')}
          type="date"
          value={values.endDate}
          onChange={(event) => set('endDate')(event.target.value)}
          error={errors.endDate}
          {...lock('endDate')}
        />
        <SelectField
          label={t('fields.language')}
          value={values.locale ?? ''}
          onChange={(event) => set('locale')((event.target.value || null) as PersonFormValues['locale'])}
          error={errors.locale}
          {...lock('locale')}
        >
          <option value="">{t('people.form.organisationLanguage')}</option>
          <option value="nl">{t('languages.nl')}</option>
          <option value="en">{t('languages.en')}</option>
        </SelectField>
        {person && person.status !== 'left' && (
          <SelectField
            label={t('fields.status')}
            value={values.status}
            onChange={(event) => set('status')(event.target.value as PersonFormValues['status'])}
            error={errors.status}
            {...lock('status')}
          >
            <option value="active">{t('person.status.active')}</option>
            <option value="leaving">{t('person.status.leaving')}</option>
          </SelectField>
        )}
      </fieldset>
      {extra}
      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-4 sm:flex-row sm:justify-end">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" isBusy={isBusy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
