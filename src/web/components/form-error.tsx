import { useTranslation } from 'react-i18next';
import { type FieldError, fieldErrorKey, isApiError } from '../api/errors.ts';

/** The translated message for an API error code; never a bare "unknown error". */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    const code = isApiError(error) ? error.code : 'internal';
    return i18n.exists(`errors.${code}`) ? t(`errors.${code}`) : t('errors.fallback');
  };
}

/** Field errors of a failed mutation, by field name, to hand to the fields. */
export function fieldErrorsOf(error: unknown): Record<string, FieldError> {
  if (!isApiError(error)) return {};
  return Object.fromEntries(error.fieldErrors.map((fieldError) => [fieldError.field, fieldError]));
}

/**
 * The form's live region: it is always in the page so screen readers announce a message that appears.
 * Field errors are listed beside their fields; here we say what went wrong overall.
 */
export function FormErrorRegion({ error, shownFields = [] }: { error: unknown; shownFields?: string[] }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const fieldErrors = isApiError(error) ? error.fieldErrors : [];
  // Errors about fields the form does not show (say "roles") are spelled out here instead.
  const otherErrors = fieldErrors.filter((fieldError) => !shownFields.includes(fieldError.field));
  return (
    <div aria-live="assertive" aria-atomic="true">
      {error ? (
        <div
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          <p>
            {fieldErrors.length > otherErrors.length
              ? t('errors.checkFields', { count: fieldErrors.length - otherErrors.length })
              : message(error)}
          </p>
          {otherErrors.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {otherErrors.map((fieldError) => (
                <li key={fieldError.field}>
                  {t(fieldErrorKey(fieldError), { defaultValue: t('fieldErrors.invalid') })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
