import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import {
  CheckboxField,
  CheckboxGroupField,
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { useOrgUnits } from '../org/index.ts';
import { type SubjectType, useTeamLearning } from './learning-api.ts';

const assignSchema = z
  .object({
    unitIds: z.array(z.string()),
    toManagers: z.boolean(),
    personIds: z.array(z.string()),
    dueDate: z.string(),
  })
  .refine((value) => value.unitIds.length + value.personIds.length > 0 || value.toManagers, {
    message: 'chooseOne',
    path: ['personIds'],
  });

type Audience = 'organisation' | 'team';

/**
 * Assign a published course, path or item with a due date: L&D to units (with sub-units) and/or all
 * managers, a manager to some of their direct reports. One dialog, two ways to say who.
 */
export function AssignDialog({
  subject,
  title,
  audience,
}: {
  subject: { type: SubjectType; id: string };
  title: string;
  audience: Audience;
}) {
  const { t } = useTranslation('learning');
  const [isOpen, setOpen] = useState(false);
  const form = useZodForm(assignSchema, {
    defaultValues: { unitIds: [], toManagers: false, personIds: [], dueDate: '' },
  });
  const assign = useMutation({
    mutationFn: (values: z.output<typeof assignSchema>) =>
      unwrap(
        api.POST('/api/v1/learning/assignments', {
          body: {
            subject,
            unitIds: values.unitIds,
            roles: values.toManagers ? ['manager'] : [],
            personIds: values.personIds,
            dueDate: values.dueDate || null,
          },
        }),
      ),
  });
  const isTeam = audience === 'team';
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t(isTeam ? 'assign.openTeam' : 'assign.open')}
      </Button>
      <Dialog
        isOpen={isOpen}
        onOpenChange={setOpen}
        title={t(isTeam ? 'assign.titleTeam' : 'assign.title', { title })}
      >
        <Form form={form} onSubmit={(values) => assign.mutateAsync(values)}>
          {isTeam ? <TeamMembers /> : <UnitsAndManagers />}
          <TextField name="dueDate" label={t('assign.dueDate')} type="date" />
          <FormError />
          {assign.data && (
            <p role="status" className="text-sm text-emerald-800">
              {isTeam
                ? t('assign.doneTeam', { count: assign.data.people })
                : t('assign.done', { people: assign.data.people, count: assign.data.newEnrolments })}
            </p>
          )}
          <SubmitButton>{t('assign.submit')}</SubmitButton>
        </Form>
      </Dialog>
    </>
  );
}

function UnitsAndManagers() {
  const { t } = useTranslation('learning');
  const units = useOrgUnits();
  return (
    <>
      <SelectField name="unitIds" label={t('assign.units')} multiple size={8}>
        {units.data?.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      <CheckboxField name="toManagers" label={t('assign.managers')} />
    </>
  );
}

function TeamMembers() {
  const { t } = useTranslation('learning');
  const team = useTeamLearning();
  return (
    <CheckboxGroupField
      name="personIds"
      legend={t('assign.who')}
      options={(team.data ?? []).map((member) => ({ value: member.personId, label: member.displayName }))}
    />
  );
}
