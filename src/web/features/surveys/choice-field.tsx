import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorKey } from '../../api/errors.ts';
import { toFieldError, useShownField } from '../../components/form/index.ts';

/** One answer out of a scale or a list, as radio buttons under a legend; the value is a number. */
export function ChoiceField({
  name,
  legend,
  choices,
  isScale,
}: {
  name: string;
  legend: string;
  choices: { value: number; label: string }[];
  isScale: boolean;
}) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ name });
  useShownField(name);
  const errorId = useId();
  const error = toFieldError(name, fieldState.error);
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend className="mb-3 font-medium text-slate-900">{legend}</legend>
      <div className={isScale ? 'grid gap-2 sm:auto-cols-fr sm:grid-flow-col' : 'space-y-2'}>
        {choices.map((choice, index) => (
          <label
            key={choice.value}
            className={`flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${
              field.value === choice.value ? 'border-teal-700 bg-teal-50' : 'border-slate-200'
            } ${isScale ? 'sm:flex-col sm:text-center' : ''}`}
          >
            <input
              type="radio"
              name={field.name}
              value={choice.value}
              checked={field.value === choice.value}
              onChange={() => field.onChange(choice.value)}
              onBlur={field.onBlur}
              // The first radio takes focus when the form points at this question's error.
              ref={index === 0 ? field.ref : undefined}
              className="accent-teal-700"
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-2 text-sm font-medium text-red-700">
          {t(fieldErrorKey(error), { defaultValue: t('fieldErrors.invalid') })}
        </p>
      )}
    </fieldset>
  );
}
