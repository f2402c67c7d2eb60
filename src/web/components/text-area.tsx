import type { TextareaHTMLAttributes } from 'react';
import type { FieldError } from '../api/errors.ts';
import { FieldFrame, inputClass } from './field.tsx';

export type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: FieldError;
};

/** Several lines of plain text, with label, hint and error like every other field. */
export function TextArea({ label, hint, error, required, rows = 3, ...props }: TextAreaProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} isRequired={required}>
      {({ id, describedBy, isInvalid }) => (
        <textarea
          id={id}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={isInvalid}
          aria-required={required || undefined}
          className={`${inputClass} read-only:bg-slate-50`}
          {...props}
        />
      )}
    </FieldFrame>
  );
}
