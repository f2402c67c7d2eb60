import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCombobox } from 'downshift';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/errors.ts';
import { FieldFrame, inputClass } from './field.tsx';

/** Something to pick: a person, skill, goal, catalogue item … with a line that tells it apart. */
export type EntityOption = { id: string; label: string; description?: string };

/** Query options for a search term; one per kind of entity (see entity-sources.ts). */
export type EntitySource = (term: string) => {
  queryKey: readonly unknown[];
  queryFn: () => Promise<EntityOption[]>;
};

/** Waits until typing pauses, so each keystroke does not ask the server. */
function useDebounced(value: string, delayMs = 250): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

type EntityPickerProps = {
  label: string;
  hint?: string;
  error?: FieldError;
  isRequired?: boolean;
  source: EntitySource;
  value: EntityOption | null;
  onChange: (option: EntityOption | null) => void;
  /** Options never offered (the person themselves as their own manager). */
  excludeIds?: string[];
  placeholder?: string;
  /** Shown but not changeable (a field the identity provider manages); the hint says why. */
  disabled?: boolean;
};

/**
 * A searchable picker (the WAI-ARIA combobox: type to search, arrow keys to move, Enter to choose,
 * Escape to close) whose options come from the server as you type.
 */
export function EntityPicker({
  label,
  hint,
  error,
  isRequired,
  source,
  value,
  onChange,
  excludeIds = [],
  placeholder,
  disabled = false,
}: EntityPickerProps) {
  const { t } = useTranslation();
  const [term, setTerm] = useState('');
  const debounced = useDebounced(term.trim());
  const results = useQuery({ ...source(debounced), placeholderData: keepPreviousData });
  const options = (results.data ?? []).filter((option) => !excludeIds.includes(option.id));
  return (
    <FieldFrame label={label} hint={hint} error={error} isRequired={isRequired}>
      {({ id, describedBy, isInvalid }) => (
        <Combobox
          id={id}
          describedBy={describedBy}
          isInvalid={isInvalid}
          options={options}
          isSearching={results.isFetching}
          value={value}
          onChange={onChange}
          onTermChange={setTerm}
          placeholder={placeholder ?? t('picker.placeholder')}
          disabled={disabled}
        />
      )}
    </FieldFrame>
  );
}

function Combobox({
  id,
  describedBy,
  isInvalid,
  options,
  isSearching,
  value,
  onChange,
  onTermChange,
  placeholder,
  disabled,
}: {
  id: string;
  describedBy: string | undefined;
  isInvalid: boolean;
  options: EntityOption[];
  isSearching: boolean;
  value: EntityOption | null;
  onChange: (option: EntityOption | null) => void;
  onTermChange: (term: string) => void;
  placeholder: string;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const combobox = useCombobox<EntityOption>({
    items: options,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-menu`,
    itemToString: (option) => option?.label ?? '',
    itemToKey: (option) => option?.id,
    selectedItem: value,
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem ?? null),
    onInputValueChange: ({ inputValue, type }) => {
      // Choosing an option writes its name into the box; that is not a new search.
      if (
        type !== useCombobox.stateChangeTypes.ItemClick &&
        type !== useCombobox.stateChangeTypes.InputKeyDownEnter
      )
        onTermChange(inputValue ?? '');
    },
  });
  return (
    <div className="relative">
      <div className="flex gap-1">
        <input
          {...combobox.getInputProps({
            'aria-describedby': describedBy,
            'aria-invalid': isInvalid,
            placeholder,
            disabled,
          })}
          className={inputClass}
        />
        {value && !disabled && (
          <button
            type="button"
            className="rounded-md px-2 text-slate-600 hover:bg-slate-100"
            aria-label={t('picker.clear', { name: value.label })}
            onClick={() => {
              combobox.reset();
              onChange(null);
            }}
          >
            <span aria-hidden="true">✕</span>
          </button>
        )}
      </div>
      <ul
        {...combobox.getMenuProps()}
        className={`absolute z-30 mt-1 max-h-64 w-full overflow-y-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200 ${combobox.isOpen ? '' : 'hidden'}`}
      >
        {combobox.isOpen &&
          options.map((option, index) => (
            <li
              key={option.id}
              {...combobox.getItemProps({ item: option, index })}
              className={`cursor-pointer px-3 py-2 ${combobox.highlightedIndex === index ? 'bg-teal-50 text-teal-900' : 'text-slate-800'} ${value?.id === option.id ? 'font-semibold' : ''}`}
            >
              {option.label}
              {option.description && (
                <span className="block text-xs text-slate-500">{option.description}</span>
              )}
            </li>
          ))}
        {combobox.isOpen && options.length === 0 && (
          <li className="px-3 py-2 text-slate-600">{isSearching ? t('common.loading') : t('picker.none')}</li>
        )}
      </ul>
    </div>
  );
}
