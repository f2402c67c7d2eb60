import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import type { FieldError } from '../../api/errors.ts';
import { FieldFrame, inputClass } from '../../components/field.tsx';

/**
 * Choose a manager among everyone: a search box narrows the list (the directory can be large),
 * the select holds the choice. Both are ordinary labelled controls.
 */
export function ManagerPicker({
  value,
  currentName,
  excludeId,
  onChange,
  error,
  label,
  hint,
  emptyLabel,
}: {
  value: string | null;
  currentName?: string;
  excludeId?: string;
  onChange: (id: string | null) => void;
  error?: FieldError;
  /** Defaults are the manager field's; other person fields (a goal's owner) pass their own. */
  label?: string;
  hint?: string;
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(query.trim()), 250);
    return () => clearTimeout(timer);
  }, [query]);
  const candidates = useQuery({
    queryKey: ['people', 'manager-candidates', debounced],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/people', {
          params: { query: { q: debounced || undefined, pageSize: 50, page: 1, sort: 'name' } },
        }),
      ),
  });
  const options = (candidates.data?.items ?? []).filter((person) => person.id !== excludeId);
  const hasCurrent = value && !options.some((person) => person.id === value);

  return (
    <div className="space-y-2">
      <FieldFrame
        label={label ?? t('fields.manager')}
        error={error}
        hint={hint ?? t('people.form.managerHint')}
      >
        {({ id, describedBy, isInvalid }) => (
          <select
            id={id}
            aria-describedby={describedBy}
            aria-invalid={isInvalid}
            className={inputClass}
            value={value ?? ''}
            onChange={(event) => onChange(event.target.value || null)}
          >
            <option value="">{emptyLabel ?? t('people.form.noManager')}</option>
            {hasCurrent && <option value={value}>{currentName ?? value}</option>}
            {options.map((person) => (
              <option key={person.id} value={person.id}>
                {person.jobTitle ? `${person.displayName} — ${person.jobTitle}` : person.displayName}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      <div>
        <label htmlFor={searchId} className="sr-only">
          {t('people.form.managerSearch')}
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('people.form.managerSearch')}
          className={`${inputClass} text-xs`}
        />
      </div>
    </div>
  );
}
