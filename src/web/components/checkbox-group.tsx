import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, fieldErrorKey } from '../api/errors.ts';
import { Checkbox } from './field.tsx';

/** Checkboxes under one legend, with the group's error tied to it. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  error,
}: {
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (values: string[]) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 grid max-h-60 gap-2 overflow-y-auto sm:grid-cols-2">
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={selected.includes(option.value)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? [...selected, option.value]
                  : selected.filter((value) => value !== option.value),
              )
            }
          />
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {t(fieldErrorKey(error), { defaultValue: t('fieldErrors.invalid') })}
        </p>
      )}
    </fieldset>
  );
}
