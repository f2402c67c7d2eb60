import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useDevelopmentMutation } from './development-api.ts';
import { LearningPicker, type PickedLearning } from './learning-picker.tsx';

export const actionKinds = [
  'learning',
  'mentor',
  'assignment',
  'event',
  'external_training',
  'other',
] as const;
type ActionKind = (typeof actionKinds)[number];

export function ActionForm({
  planId,
  goalId,
  onDone,
}: {
  planId: string;
  goalId: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('development');
  const [kind, setKind] = useState<ActionKind>('learning');
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [learning, setLearning] = useState<PickedLearning | null>(null);
  const linked = kind === 'learning' ? learning : null;
  const add = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/plans/{id}/actions', {
        params: { path: { id: planId } },
        body: {
          goalId,
          kind,
          title: title || linked?.title || '',
          dueDate: dueDate || null,
          refKind: linked?.type ?? null,
          refId: linked?.id ?? null,
        },
      }),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} className="mt-3 space-y-3 rounded-lg bg-slate-50 p-3" noValidate>
      <FormErrorRegion error={add.error} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr_10rem]">
        <SelectField
          label={t('action.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as ActionKind)}
        >
          {actionKinds.map((value) => (
            <option key={value} value={value}>
              {t(`action.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('action.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
        <TextField
          label={t('action.dueDate')}
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
        />
      </div>
      {kind === 'learning' && <LearningPicker goalId={goalId} value={learning} onChange={setLearning} />}
      {kind === 'external_training' && <p className="text-xs text-slate-600">{t('action.externalHint')}</p>}
      <div className="flex gap-2">
        <Button type="submit" isBusy={add.isPending}>
          {t('action.add')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
