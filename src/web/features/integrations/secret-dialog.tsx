import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Dialog } from '../../components/dialog.tsx';

/** A secret shown once (SCIM token, webhook signing secret): it is not stored readable anywhere. */
export function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation('integrations');
  return (
    <Dialog
      isOpen={secret !== null}
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t('secret.title')}
      description={t('secret.body')}
    >
      <label className="block text-sm font-medium text-slate-800" htmlFor="integration-secret">
        {t('secret.label')}
      </label>
      <input
        id="integration-secret"
        readOnly
        value={secret ?? ''}
        onFocus={(event) => event.target.select()}
        className="mt-1 block w-full rounded-md bg-slate-100 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-slate-300"
      />
      <div className="mt-4 flex justify-end">
        <Button onClick={onClose}>{t('secret.done')}</Button>
      </div>
    </Dialog>
  );
}
