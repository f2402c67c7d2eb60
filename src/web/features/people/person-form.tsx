import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { PersonPickerField } from '../../components/form/person-picker-field.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';
import { type PersonFormValues, personSchema, valuesOf } from './person-values.ts';

export function PersonForm({
  person,
  submitLabel,
  onSubmit,
  onCancel,
  extra,
}: {
  person?: Person;
  submitLabel: string;
  /** Gets the form's values; a thrown ApiError's field errors land on the fields. */
  onSubmit: (values: PersonFormValues) => Promise<unknown>;
  onCancel?: () => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const form = useZodForm(personSchema, { defaultValues: valuesOf(person) });
  const units = useOrgUnits();
  // Fields the identity provider manages (SCIM) are shown locked, with the reason. A locked field
  // still sends its value, as before: the server accepts an unchanged value.
  const managed = new Set(person?.scimManagedFields ?? []);
  const lock = (field: keyof PersonFormValues) =>
    managed.has(field) ? { disabled: true, hint: t('people.form.scimManaged') } : {};

  return (
    <Form form={form} onSubmit={onSubmit} className="space-y-6">
      <FormError />
      <fieldset className="grid gap-4 sm:grid-cols-6">
        <legend className="mb-3 text-sm font-semibold text-slate-900">{t('people.form.name')}</legend>
        <div className="sm:col-span-2">
          <TextField
            name="givenName"
            label={t('fields.givenName')}
            required
            autoComplete="off"
            {...lock('givenName')}
          />
        </div>
        <div className="sm:col-span-1">
          <TextField
            name="familyNamePrefix"
            label={t('fields.familyNamePrefix')}
            autoComplete="off"
            {...lock('familyNamePrefix')}
          />
        </div>
        <div className="sm:col-span-3">
          <TextField
            name="familyName"
            label={t('fields.familyName')}
            required
            autoComplete="off"
            {...lock('familyName')}
          />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-3 text-sm font-semibold text-slate-900">{t('people.form.work')}</legend>
        <TextField
          name="email"
          label={t('fields.email')}
          type="email"
          required
          autoComplete="off"
          {...lock('email')}
        />
        <TextField
          name="employeeNumber"
          label={t('fields.employeeNumber')}
          autoComplete="off"
          {...lock('employeeNumber')}
        />
        <TextField name="jobTitle" label={t('fields.jobTitle')} autoComplete="off" {...lock('jobTitle')} />
        {/* Mounted again once the units arrive, so the stored unit shows as chosen. */}
        <SelectField key={units.data ? 'units' : 'loading'} name="orgUnitId" label={t('fields.unit')}>
          <option value="">{t('people.form.noUnit')}</option>
          <UnitOptions units={flattenTree(buildUnitTree(units.data ?? []))} />
        </SelectField>
        <div className="sm:col-span-2">
          <PersonPickerField
            name="managerId"
            label={t('fields.manager')}
            hint={managed.has('managerId') ? t('people.form.scimManaged') : t('people.form.managerHint')}
            disabled={managed.has('managerId')}
            currentName={person?.manager?.name}
            excludeId={person?.id}
          />
        </div>
        <TextField name="startDate" label={t('fields.startDate')} type="date" />
        <TextField name="endDate" label={t('fields.endDate')} type="date" {...lock('endDate')} />
        <SelectField name="locale" label={t('fields.language')} {...lock('locale')}>
          <option value="">{t('people.form.organisationLanguage')}</option>
          <option value="nl">{t('languages.nl')}</option>
          <option value="en">{t('languages.en')}</option>
        </SelectField>
        {person && person.status !== 'left' && (
          <SelectField name="status" label={t('fields.status')} {...lock('status')}>
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
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </Form>
  );
}
