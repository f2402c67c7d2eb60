import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmDialog } from '../../components/dialog.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Loading, QueryError } from '../../components/states.tsx';
import { issuerKeysQuery, useRotateIssuerKey } from './queries.ts';

/**
 * L&D: the organisation's numbered signing keys. Rotating makes a new key sign from now on; the old ones
 * stay published, so every credential signed before keeps verifying.
 */
export function IssuerKeysSection() {
  const { t } = useTranslation('credentials');
  const format = useFormat();
  const headingId = useId();
  const keys = useQuery(issuerKeysQuery());
  const rotate = useRotateIssuerKey();
  const [isOpen, setOpen] = useState(false);
  const [rotatedTo, setRotatedTo] = useState<number | null>(null);
  return (
    <section aria-labelledby={headingId} className="mt-8 rounded-xl bg-white p-4 shadow-sm">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('keys.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('keys.intro')}</p>
      {keys.isPending ? (
        <Loading />
      ) : keys.isError ? (
        <QueryError error={keys.error} />
      ) : (
        <table className="mt-3 w-full text-left text-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t('keys.key')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('keys.created')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('keys.state')}
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((key) => (
              <tr key={key.keyNumber} className="border-t border-slate-100">
                <td className="py-2 pr-3">
                  {t('keys.number', { number: key.keyNumber })}
                  <span className="block max-w-xs truncate font-mono text-xs text-slate-500">
                    {key.publicKeyMultibase}
                  </span>
                </td>
                <td className="py-2 pr-3">{format.date(key.createdAt)}</td>
                <td className="py-2 pr-3">
                  {key.isSigning ? (
                    <Badge tone="green">{t('keys.signing')}</Badge>
                  ) : (
                    <Badge tone="neutral">
                      {t('keys.retired', { date: format.date(key.retiredAt ?? key.createdAt) })}
                    </Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('keys.rotate')}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {rotatedTo !== null && t('keys.rotated', { number: rotatedTo })}
        </p>
      </div>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={setOpen}
        title={t('keys.rotateTitle')}
        description={t('keys.rotateIntro')}
        confirmLabel={t('keys.rotateConfirm')}
        isBusy={rotate.isPending}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: (rotated) => {
              setRotatedTo(rotated.keyNumber);
              setOpen(false);
            },
          })
        }
      >
        <FormErrorRegion error={rotate.error} />
      </ConfirmDialog>
    </section>
  );
}
