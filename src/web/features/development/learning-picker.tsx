import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { TextField } from '../../components/field.tsx';

export type PickedLearning = { type: 'content' | 'course' | 'path'; id: string; title: string };
type Option = PickedLearning & { format: string; durationMinutes: number | null };

/** Catalogue learning for a learning action: what serves the goal first, then what the search finds. */
export function LearningPicker({
  goalId,
  value,
  onChange,
}: {
  goalId: string | null;
  value: PickedLearning | null;
  onChange: (picked: PickedLearning | null) => void;
}) {
  const { t } = useTranslation('development');
  const [q, setQ] = useState('');
  const suggestions = useQuery({
    queryKey: ['development', 'suggestions', goalId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/plans/suggestions', { params: { query: { goalId: goalId as string } } })),
    enabled: Boolean(goalId),
  });
  const search = useQuery({
    queryKey: ['catalogue', 'picker', q],
    queryFn: () => unwrap(api.GET('/api/v1/catalogue', { params: { query: { q, pageSize: 8 } } })),
    enabled: q.trim().length >= 2,
  });
  const suggested: Option[] = suggestions.data ?? [];
  const found: Option[] = (search.data?.items ?? []).filter(
    (entry) => !suggested.some((s) => s.id === entry.id),
  );
  const option = (entry: Option) => (
    <li key={`${entry.type}:${entry.id}`}>
      <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 text-sm hover:bg-white">
        <input
          type="radio"
          name="learning"
          checked={value?.id === entry.id}
          onChange={() => onChange({ type: entry.type, id: entry.id, title: entry.title })}
        />
        <span>{entry.title}</span>
        <span className="text-xs text-slate-500">
          {t(`learningPicker.formats.${entry.type}`)}
          {entry.durationMinutes ? ` · ${t('learningPicker.minutes', { count: entry.durationMinutes })}` : ''}
        </span>
      </label>
    </li>
  );
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t('learningPicker.legend')}</legend>
      {suggested.length > 0 && (
        <div>
          <p className="text-xs font-medium text-slate-600">{t('learningPicker.suggested')}</p>
          <ul>{suggested.map(option)}</ul>
        </div>
      )}
      <TextField
        label={t('learningPicker.search')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {q.trim().length >= 2 &&
        (found.length ? (
          <ul>{found.map(option)}</ul>
        ) : (
          !search.isFetching && <p className="text-sm text-slate-600">{t('learningPicker.nothing')}</p>
        ))}
      {value && (
        <p className="text-sm text-slate-700">
          {t('learningPicker.chosen', { title: value.title })}{' '}
          <button type="button" className="text-teal-700 underline" onClick={() => onChange(null)}>
            {t('learningPicker.clear')}
          </button>
        </p>
      )}
    </fieldset>
  );
}

/** The learner's page for a content item, course or path. */
export function learningLink(learning: { type: 'content' | 'course' | 'path'; id: string }) {
  if (learning.type === 'course')
    return { to: '/learning/courses/$id', params: { id: learning.id } } as const;
  if (learning.type === 'path') return { to: '/learning/paths/$id', params: { id: learning.id } } as const;
  return { to: '/learning/items/$id', params: { id: learning.id } } as const;
}
