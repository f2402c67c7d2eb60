import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, fieldErrorKey } from '../api/errors.ts';

export const inputClass =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-teal-700 focus:outline-none aria-[invalid=true]:ring-red-600 disabled:bg-slate-100 min-h-10';

type FieldFrameProps = {
  label: string;
  hint?: string;
  error?: FieldError;
  isRequired?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; isInvalid: boolean }) => ReactNode;
};

/** Label, control, hint and the field's error (announced by the form's live region). */
export function FieldFrame({ label, hint, error, isRequired, children }: FieldFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1.5">
      {/* The asterisk stays outside the label so the accessible name is exactly the label text. */}
      <div className="flex items-baseline gap-1">
        <label id={`${id}-label`} htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {isRequired && (
          <span className="text-sm text-slate-500" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children({ id, describedBy, isInvalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {t(fieldErrorKey(error), { defaultValue: t('fieldErrors.invalid') })}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: FieldError;
};

export function TextField({ label, hint, error, required, ...props }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} isRequired={required}>
      {({ id, describedBy, isInvalid }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={isInvalid}
          aria-required={required || undefined}
          className={inputClass}
          {...props}
        />
      )}
    </FieldFrame>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: FieldError;
  children: ReactNode;
};

export function SelectField({ label, hint, error, required, children, ...props }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} isRequired={required}>
      {({ id, describedBy, isInvalid }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={isInvalid}
          aria-required={required || undefined}
          className={inputClass}
          {...props}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function Checkbox({
  label,
  hint,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 rounded border-slate-300 accent-teal-700"
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...props}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
