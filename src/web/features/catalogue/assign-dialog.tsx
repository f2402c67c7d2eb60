import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { inputClass, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useOrgUnits } from '../org/index.ts';

/** Assign a course, path or item to units (with sub-units) and/or all managers, with a due date. */
export function AssignDialog({
  subject,
  title,
}: {
  subject: { type: 'content' | 'course' | 'path'; id: string };
  title: string;
}) {
  const { t } = useTranslation('catalogue');
  const [isOpen, setOpen] = useState(false);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [toManagers, setToManagers] = useState(false);
  const [dueDate, setDueDate] = useState('');
  const units = useOrgUnits();
  const assign = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/learning/assignments', {
          body: {
            subject,
            unitIds,
            roles: toManagers ? ['manager'] : [],
            dueDate: dueDate || null,
            personIds: [],
          },
        }),
      ),
  });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('assign.open')}
      </Button>
      <Dialog isOpen={isOpen} onOpenChange={setOpen} title={t('assign.title', { title })}>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            assign.mutate();
          }}
        >
          <label className="block text-sm">
            <span className="mb-1 block font-medium">{t('assign.units')}</span>
            <select
              multiple
              className={`${inputClass} h-40`}
              value={unitIds}
              onChange={(e) => setUnitIds([...e.target.selectedOptions].map((option) => option.value))}
            >
              {units.data?.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              className="size-4 accent-teal-700"
              checked={toManagers}
              onChange={(e) => setToManagers(e.target.checked)}
            />
            {t('assign.managers')}
          </label>
          <TextField
            label={t('assign.dueDate')}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
          <FormErrorRegion error={assign.error} />
          {assign.data && (
            <p role="status" className="text-sm text-emerald-800">
              {t('assign.done', { people: assign.data.people, count: assign.data.newEnrolments })}
            </p>
          )}
          <Button type="submit" isBusy={assign.isPending}>
            {t('assign.submit')}
          </Button>
        </form>
      </Dialog>
    </>
  );
}
