import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './form-error.tsx';

/**
 * What an instant-save control (a checkbox or switch that saves as it changes) is doing: saving,
 * saved, or not saved and put back. Polite live region, so a screen reader hears it too.
 */
export function SaveStatus({
  state,
}: {
  state: { isPending: boolean; isSuccess: boolean; isError: boolean; error: unknown };
}) {
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  const text = state.isPending
    ? t('common.saving')
    : state.isError
      ? t('common.saveFailed', { message: messageOf(state.error) })
      : state.isSuccess
        ? t('common.saved')
        : '';
  return (
    <p
      role="status"
      aria-live="polite"
      className={`min-h-5 text-xs ${state.isError ? 'text-red-700' : 'text-slate-600'}`}
    >
      {text}
    </p>
  );
}
