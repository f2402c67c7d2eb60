import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Form, FormError, SelectField, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { PersonPickerField } from '../../components/form/person-picker-field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import {
  type Cmi5Course,
  cmi5Keys,
  uploadNewVersion,
  type WaiveReason,
  waiveReasons,
  waiveUnit,
} from './cmi5-api.ts';

/** L&D: upload a new version of the course over this one (registrations stay). */
export function NewVersionForm({ course }: { course: Cmi5Course }) {
  const { t } = useTranslation('cmi5');
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadNewVersion(course.contentId, file),
    onSuccess: (updated) => queryClient.setQueryData(cmi5Keys.course(course.contentId), updated),
  });
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t('version.current', { version: course.version })}</p>
      <label className="block text-sm font-medium">
        {t('version.choose')}
        <input
          type="file"
          accept=".zip,.xml,application/zip,application/xml,text/xml"
          className="mt-1 block text-sm"
          disabled={upload.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload.mutate(file);
            event.target.value = '';
          }}
        />
      </label>
      <p className="text-xs text-slate-600">{t('version.hint')}</p>
      {upload.isPending && <p role="status">{t('version.busy')}</p>}
      {upload.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {t('version.done', { version: upload.data.version })}
        </p>
      )}
      <FormErrorRegion error={upload.error} />
    </div>
  );
}

// Whom, which AU and why (the cmi5 waive reasons); the learner must be chosen before sending.
const waiveSchema = z.object({
  personId: z.string().min(1),
  auId: z.string().min(1),
  reason: z.custom<WaiveReason>((value) => waiveReasons.includes(value as WaiveReason)),
});

/** L&D: waive an AU for a learner (it then counts as done for moveOn). */
export function WaiveForm({ course }: { course: Cmi5Course }) {
  const { t } = useTranslation('cmi5');
  const form = useZodForm(waiveSchema, {
    defaultValues: { personId: '', auId: course.units[0]?.id ?? '', reason: 'Tested Out' },
  });
  const personId = useWatch({ control: form.control, name: 'personId' });
  const waive = useMutation({
    mutationFn: (values: z.output<typeof waiveSchema>) => waiveUnit(course.contentId, values),
  });
  return (
    <Form
      form={form}
      onSubmit={(values) => {
        waive.reset();
        return waive.mutateAsync(values);
      }}
      className="space-y-3"
      aria-label={t('waive.title')}
    >
      <h3 id="cmi5-waive" className="font-semibold">
        {t('waive.title')}
      </h3>
      <p className="text-sm text-slate-700">{t('waive.intro')}</p>
      <PersonPickerField name="personId" label={t('waive.person')} />
      <SelectField name="auId" label={t('waive.unit')}>
        {course.units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.title}
          </option>
        ))}
      </SelectField>
      <SelectField name="reason" label={t('waive.reason')}>
        {waiveReasons.map((value) => (
          <option key={value} value={value}>
            {t(`waive.reasons.${value}`)}
          </option>
        ))}
      </SelectField>
      <SubmitButton isDisabled={!personId}>{t('waive.submit')}</SubmitButton>
      {waive.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {waive.data.isCourseSatisfied ? t('waive.doneCourse') : t('waive.done')}
        </p>
      )}
      <FormError />
    </Form>
  );
}
