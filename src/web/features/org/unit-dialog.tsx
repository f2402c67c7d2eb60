import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, type OrgUnit, type Person, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { buildUnitTree, descendantIds, flattenTree, type UnitNode } from './org-units.ts';
import { UnitOptions } from './unit-options.tsx';

const kinds = ['organisation', 'division', 'department', 'team'] as const;

// The API's unit fields: a name (at most 200), a code, its kind; '' is no parent, no head.
const unitSchema = z.object({
  name: z.string().trim().min(1).max(200),
  code: z.string().trim().max(50),
  kind: z.enum(kinds),
  parentId: z.string(),
  headId: z.string(),
});

/** Add a unit, or rename, move, re-head or remove one. */
export function UnitDialog({
  unit,
  units,
  members,
  parentId,
  onClose,
}: {
  unit?: OrgUnit;
  units: UnitNode[];
  members: Person[];
  parentId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useZodForm(unitSchema, {
    defaultValues: {
      name: unit?.name ?? '',
      code: unit?.code ?? '',
      kind: unit?.kind ?? 'team',
      parentId: (unit ? unit.parentId : parentId) ?? '',
      headId: unit?.head?.id ?? '',
    },
  });
  const tree = buildUnitTree(units);
  const excluded = unit ? descendantIds(tree, unit.id) : undefined;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['org-units'] });
  const save = useMutation({
    mutationFn: ({ headId, ...values }: z.output<typeof unitSchema>) => {
      const body = {
        ...values,
        parentId: values.parentId || null,
        ...(unit ? { headId: headId || null } : {}),
      };
      return unit
        ? unwrap(api.PATCH('/api/v1/org-units/{id}', { params: { path: { id: unit.id } }, body }))
        : unwrap(api.POST('/api/v1/org-units', { body }));
    },
    onSuccess: async (saved) => {
      await refresh();
      onClose();
      await navigate({ to: '/organisation', search: { unit: saved.id } });
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/org-units/{id}', { params: { path: { id: unit?.id ?? '' } } })),
    onSuccess: async () => {
      await refresh();
      onClose();
      const parent = form.getValues('parentId');
      await navigate({ to: '/organisation', search: parent ? { unit: parent } : {} });
    },
  });
  const headOptions = members.filter((member) => member.id !== unit?.head?.id);

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={unit ? t('org.dialog.editTitle', { name: unit.name }) : t('org.dialog.addTitle')}
    >
      <Form form={form} onSubmit={(values) => save.mutateAsync(values)}>
        <FormError />
        <FormErrorRegion error={remove.error} />
        <TextField name="name" label={t('fields.unitName')} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="code" label={t('fields.code')} />
          <SelectField name="kind" label={t('fields.kind')}>
            {kinds.map((option) => (
              <option key={option} value={option}>
                {t(`org.kinds.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField name="parentId" label={t('fields.parentUnit')}>
          <option value="">{t('org.dialog.noParent')}</option>
          <UnitOptions units={flattenTree(tree)} exclude={excluded} />
        </SelectField>
        {unit && (
          <SelectField name="headId" label={t('org.head')} hint={t('org.dialog.headHint')}>
            <option value="">{t('org.noHead')}</option>
            {unit.head && <option value={unit.head.id}>{unit.head.name}</option>}
            {headOptions.map((member) => (
              <option key={member.id} value={member.id}>
                {member.displayName}
              </option>
            ))}
          </SelectField>
        )}
        <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:items-center">
          {unit && unit.totalHeadcount === 0 && (
            <Button
              variant="ghost"
              className="text-red-700"
              isBusy={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {t('org.dialog.remove')}
            </Button>
          )}
          <div className="flex flex-col-reverse gap-2 sm:ml-auto sm:flex-row">
            <Button variant="secondary" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <SubmitButton>{unit ? t('common.save') : t('org.dialog.add')}</SubmitButton>
          </div>
        </div>
      </Form>
    </Dialog>
  );
}
