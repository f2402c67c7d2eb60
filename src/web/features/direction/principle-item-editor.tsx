import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Checkbox, FieldFrame, inputClass, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';

type Principle = Schemas['Principle'];
type Collection = 'values' | 'competencies';

const behaviourLinesOf = (principle: Principle) =>
  [...principle.behaviours]
    .sort((a, b) => a.level - b.level)
    .map((b) => b.description)
    .join('\n');

/** Change or remove an existing core value or competency; the form starts with what it says now. */
export function PrincipleItemEditor({ collection, item }: { collection: Collection; item: Principle }) {
  const { t } = useTranslation('direction');
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [name, setName] = useState(item.name);
  const [description, setDescription] = useState(item.description ?? '');
  const [behaviourLines, setBehaviourLines] = useState(behaviourLinesOf(item));
  const [isDraft, setIsDraft] = useState(item.status === 'draft');
  const refresh = async () => {
    setMode('view');
    await queryClient.invalidateQueries({ queryKey: ['direction'] });
  };
  const params = { params: { path: { id: item.id } } };
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        description,
        behaviours: behaviourLines
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line, index) => ({ level: index + 1, description: line })),
        status: isDraft ? ('draft' as const) : ('published' as const),
      };
      return unwrap(
        collection === 'values'
          ? api.PATCH('/api/v1/direction/values/{id}', { ...params, body })
          : api.PATCH('/api/v1/direction/competencies/{id}', { ...params, body }),
      );
    },
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        collection === 'values'
          ? api.DELETE('/api/v1/direction/values/{id}', params)
          : api.DELETE('/api/v1/direction/competencies/{id}', params),
      ),
    onSuccess: refresh,
  });
  if (mode === 'view')
    return (
      <span className="mt-1 flex gap-3 text-xs">
        <button
          type="button"
          className="font-medium text-teal-700 hover:underline"
          onClick={() => setMode('edit')}
        >
          {t('editor.change', { name: item.name })}
        </button>
        <button
          type="button"
          className="font-medium text-red-700 hover:underline"
          onClick={() => setMode('remove')}
        >
          {t('editor.remove', { name: item.name })}
        </button>
      </span>
    );
  if (mode === 'remove')
    return (
      <div role="alert" className="mt-2 space-y-2 rounded-lg bg-red-50 p-3 text-sm text-red-900">
        <p>{t('editor.removeConfirm', { name: item.name })}</p>
        <FormErrorRegion error={remove.error} />
        <div className="flex gap-2">
          <Button variant="danger" onClick={() => remove.mutate()} isBusy={remove.isPending}>
            {t('editor.removeYes')}
          </Button>
          <Button variant="secondary" onClick={() => setMode('view')}>
            {t('editor.cancel')}
          </Button>
        </div>
      </div>
    );
  return (
    <form
      aria-label={t('editor.change', { name: item.name })}
      className="mt-2 space-y-2 rounded-lg bg-slate-50 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <TextField label={t('editor.name')} value={name} onChange={(e) => setName(e.target.value)} required />
      <TextField
        label={t('editor.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <FieldFrame label={t('editor.behaviours')} hint={t('editor.behavioursHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            aria-describedby={describedBy}
            rows={3}
            className={inputClass}
            value={behaviourLines}
            onChange={(e) => setBehaviourLines(e.target.value)}
          />
        )}
      </FieldFrame>
      <Checkbox
        label={t('editor.asDraft')}
        checked={isDraft}
        onChange={(e) => setIsDraft(e.target.checked)}
      />
      <FormErrorRegion error={save.error} />
      <div className="flex gap-2">
        <Button type="submit" isBusy={save.isPending}>
          {t('editor.save')}
        </Button>
        <Button variant="secondary" onClick={() => setMode('view')}>
          {t('editor.cancel')}
        </Button>
      </div>
    </form>
  );
}
