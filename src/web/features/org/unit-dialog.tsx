import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type OrgUnit, type Person, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { buildUnitTree, descendantIds, flattenTree, type UnitNode } from './org-units.ts';
import { UnitOptions } from './unit-options.tsx';

const kinds = ['organisation', 'division', 'department', 'team'] as const;
type Kind = (typeof kinds)[number];

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
  const [name, setName] = useState(unit?.name ?? '');
  const [code, setCode] = useState(unit?.code ?? '');
  const [kind, setKind] = useState<Kind>(unit?.kind ?? 'team');
  const [parent, setParent] = useState<string | null>(unit ? unit.parentId : (parentId ?? null));
  const [headId, setHeadId] = useState<string | null>(unit?.head?.id ?? null);
  const tree = buildUnitTree(units);
  const excluded = unit ? descendantIds(tree, unit.id) : undefined;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['org-units'] });
  const save = useMutation({
    mutationFn: () => {
      const body = { name, code, kind, parentId: parent, ...(unit ? { headId } : {}) };
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
      await navigate({ to: '/organisation', search: parent ? { unit: parent } : {} });
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const headOptions = members.filter((member) => member.id !== unit?.head?.id);

  return (
    <Dialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={unit ? t('org.dialog.editTitle', { name: unit.name }) : t('org.dialog.addTitle')}
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <FormErrorRegion
          error={save.error ?? remove.error}
          shownFields={['name', 'code', 'kind', 'parentId', 'headId']}
        />
        <TextField
          label={t('fields.unitName')}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('fields.code')}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={errors.code}
          />
          <SelectField
            label={t('fields.kind')}
            value={kind}
            onChange={(event) => setKind(event.target.value as Kind)}
            error={errors.kind}
          >
            {kinds.map((option) => (
              <option key={option} value={option}>
                {t(`org.kinds.${option}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField
          label={t('fields.parentUnit')}
          value={parent ?? ''}
          onChange={(event) => setParent(event.target.value || null)}
          error={errors.parentId}
        >
          <option value="">{t('org.dialog.noParent')}</option>
          <UnitOptions units={flattenTree(tree)} exclude={excluded} />
        </SelectField>
        {unit && (
          <SelectField
            label={t('org.head')}
            value={headId ?? ''}
            onChange={(event) => setHeadId(event.target.value || null)}
            error={errors.headId}
            hint={t('org.dialog.headHint')}
          >
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
            <Button type="submit" isBusy={save.isPending}>
              {unit ? t('common.save') : t('org.dialog.add')}
            </Button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
