import type { FieldErrors, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiError, type FieldError, isApiError } from '../../api/errors.ts';

/**
 * A 400's field errors land on the form's fields by name ("versions.0.title" is the same path in
 * react-hook-form), carrying the code as their message; the first one shown gets focus.
 */
export function applyServerErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, FieldValues>,
  error: unknown,
  shownFields: ReadonlySet<string>,
): void {
  if (!isApiError(error)) return;
  let isFocused = false;
  for (const fieldError of error.fieldErrors) {
    const shouldFocus = !isFocused && shownFields.has(fieldError.field);
    if (shouldFocus) isFocused = true;
    form.setError(
      fieldError.field as Path<T>,
      { type: 'server', message: fieldError.code ?? 'invalid' },
      { shouldFocus },
    );
  }
}

/** Every error in react-hook-form's nested error tree, as the flat list the API would have sent. */
export function flattenFieldErrors(errors: FieldErrors, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') out.push({ field: path, message, code: message });
    else out.push(...flattenFieldErrors(value as FieldErrors, path));
  }
  return out;
}

/** The client's own validation, shaped like the server's 400 so one region announces both. */
export const clientValidationError = (errors: FieldErrors) =>
  new ApiError({ status: 400, code: 'validation_failed', errors: flattenFieldErrors(errors) });

/** The error of one field for the shared field components: its code stands in as the message. */
export function toFieldError(name: string, error: { message?: string } | undefined): FieldError | undefined {
  if (!error) return undefined;
  const code = error.message || 'invalid';
  return { field: name, message: code, code };
}
