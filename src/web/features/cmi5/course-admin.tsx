import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
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

/** L&D: waive an AU for a learner (it then counts as done for moveOn). */
export function WaiveForm({ course }: { course: Cmi5Course }) {
  const { t } = useTranslation('cmi5');
  const [personId, setPersonId] = useState<string | null>(null);
  const [auId, setAuId] = useState(course.units[0]?.id ?? '');
  const [reason, setReason] = useState<WaiveReason>('Tested Out');
  const waive = useMutation({
    mutationFn: () => waiveUnit(course.contentId, { personId: personId ?? '', auId, reason }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    waive.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="cmi5-waive">
      <h3 id="cmi5-waive" className="font-semibold">
        {t('waive.title')}
      </h3>
      <p className="text-sm text-slate-700">{t('waive.intro')}</p>
      <PersonPicker label={t('waive.person')} value={personId} onChange={setPersonId} />
      <SelectField label={t('waive.unit')} value={auId} onChange={(event) => setAuId(event.target.value)}>
        {course.units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('waive.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value as WaiveReason)}
      >
        {waiveReasons.map((value) => (
          <option key={value} value={value}>
            {t(`waive.reasons.${value}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={!personId || waive.isPending}>
        {t('waive.submit')}
      </Button>
      {waive.isSuccess && (
        <p role="status" className="text-sm text-emerald-800">
          {waive.data.isCourseSatisfied ? t('waive.doneCourse') : t('waive.done')}
        </p>
      )}
      <FormErrorRegion error={waive.error} shownFields={[]} />
    </form>
  );
}
