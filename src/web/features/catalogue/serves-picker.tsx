import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';
import type { FieldError } from '../../api/errors.ts';
import { SelectField, TextField } from '../../components/field.tsx';
import { directionQuery, goalsQuery, skillSearchQuery } from './queries.ts';

export type Serves = Schemas['LearningServes'];
type Kind = Serves['kind'];

/** "Helps with": skills of the framework (search), core values, core competencies and organisation goals. */
export function ServesPicker({
  value,
  onChange,
  fieldErrors,
}: {
  value: Serves[];
  onChange: (next: Serves[]) => void;
  fieldErrors: Record<string, FieldError>;
}) {
  const { t, i18n } = useTranslation('catalogue');
  const [query, setQuery] = useState('');
  const q = query.trim();
  const skills = useQuery(skillSearchQuery(q));
  const direction = useQuery(directionQuery());
  const goals = useQuery(goalsQuery());
  const has = (kind: Kind, id: string) => value.some((s) => s.kind === kind && s.id === id);
  const add = (entry: Serves) => {
    if (!has(entry.kind, entry.id)) onChange([...value, entry]);
  };
  const errors = value.flatMap((entry, index) => {
    const error = fieldErrors[`serves.${index}.id`];
    return error ? [{ entry, error }] : [];
  });
  const skillName = (name: { nl: string; en: string }) => (i18n.language === 'en' ? name.en : name.nl);
  const choose = (kind: Kind, options: { id: string; name: string }[] | undefined) => (id: string) => {
    const found = options?.find((o) => o.id === id);
    if (found) add({ kind, id: found.id, name: found.name });
  };
  const values = direction.data?.values.map((v) => ({ id: v.id, name: v.name }));
  const competencies = direction.data?.competencies.map((c) => ({ id: c.id, name: c.name }));
  const goalOptions = goals.data?.map((g) => ({ id: g.id, name: g.title }));

  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-medium text-slate-800">{t('serves.title')}</legend>
      <p className="text-xs text-slate-600">{t('serves.hint')}</p>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t('serves.chosen')}>
          {value.map((entry) => (
            <li
              key={`${entry.kind}:${entry.id}`}
              className="flex items-center gap-1 rounded-full bg-teal-50 px-3 py-1 text-sm text-teal-900"
            >
              <span className="text-xs text-teal-700">{t(`serves.kinds.${entry.kind}`)}:</span> {entry.name}
              <button
                type="button"
                className="ml-1 rounded-full px-1 text-teal-800 hover:bg-teal-100"
                aria-label={t('serves.remove', { name: entry.name })}
                onClick={() => onChange(value.filter((s) => !(s.kind === entry.kind && s.id === entry.id)))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {errors.map(({ entry, error }) => (
        <p key={`${entry.kind}:${entry.id}`} className="text-sm font-medium text-red-700" role="alert">
          {t('serves.unknown', { name: entry.name })} ({error.message})
        </p>
      ))}
      <TextField
        label={t('serves.searchSkill')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {q.length >= 2 && skills.data && (
        <ul className="flex flex-wrap gap-2" aria-label={t('serves.skillResults')}>
          {skills.data.skills.length === 0 && (
            <li className="text-sm text-slate-600">{t('serves.noSkills')}</li>
          )}
          {skills.data.skills.slice(0, 10).map((skill) => (
            <li key={skill.id}>
              <button
                type="button"
                disabled={has('skill', skill.id)}
                className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 disabled:opacity-50"
                onClick={() => add({ kind: 'skill', id: skill.id, name: skillName(skill.name) })}
              >
                + {skillName(skill.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* min-w-0: a long goal title in a select may not widen its column over the next one's label. */}
      <div className="grid gap-3 sm:grid-cols-3 sm:items-end [&>*]:min-w-0">
        {(
          [
            ['value', values],
            ['competency', competencies],
            ['goal', goalOptions],
          ] as const
        ).map(([kind, options]) => (
          <SelectField
            key={kind}
            label={t(`serves.add.${kind}`)}
            value=""
            onChange={(e) => choose(kind, options)(e.target.value)}
          >
            <option value="">{t('serves.choose')}</option>
            {options
              ?.filter((o) => !has(kind, o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </SelectField>
        ))}
      </div>
    </fieldset>
  );
}
