import { useState } from 'react';
import type { FieldError } from '../api/errors.ts';
import { type EntityOption, EntityPicker } from './entity-picker.tsx';
import { peopleSource } from './entity-sources.ts';

/**
 * Choose one person among everyone (a manager, a goal's owner): searched by name as you type, so a
 * large directory never loads whole. Clearing the choice means "nobody".
 */
export function PersonPicker({
  label,
  hint,
  error,
  value,
  currentName,
  excludeId,
  onChange,
  disabled,
}: {
  label: string;
  hint?: string;
  error?: FieldError;
  value: string | null;
  /** The name of the person already chosen, as the record says it. */
  currentName?: string;
  excludeId?: string;
  onChange: (id: string | null) => void;
  /** Shown but not changeable; the hint says why. */
  disabled?: boolean;
}) {
  const [chosen, setChosen] = useState<EntityOption | null>(
    value ? { id: value, label: currentName ?? '' } : null,
  );
  return (
    <EntityPicker
      label={label}
      hint={hint}
      error={error}
      source={peopleSource}
      value={value && chosen?.id === value ? chosen : null}
      excludeIds={excludeId ? [excludeId] : []}
      disabled={disabled}
      onChange={(option) => {
        setChosen(option);
        onChange(option?.id ?? null);
      }}
    />
  );
}
