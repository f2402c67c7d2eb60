import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmDialog } from '../../components/dialog.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { IssuerKeysSection } from './issuer-keys.tsx';
import { type OrganisationCredential, organisationCredentialsQuery, useRevokeCredential } from './queries.ts';

function RevokeButton({ credential }: { credential: OrganisationCredential }) {
  const { t } = useTranslation('credentials');
  const revoke = useRevokeCredential();
  const [isOpen, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(revoke.error);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('manage.revoke')}
      </Button>
      <ConfirmDialog
        isOpen={isOpen}
        onOpenChange={setOpen}
        title={t('manage.revokeTitle', { title: credential.title })}
        description={t('manage.revokeIntro')}
        confirmLabel={t('manage.revoke')}
        isDanger
        isBusy={revoke.isPending}
        onConfirm={() => revoke.mutate({ id: credential.id, reason }, { onSuccess: () => setOpen(false) })}
      >
        <TextArea
          label={t('manage.reason')}
          required
          value={reason}
          error={errors.reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <FormErrorRegion error={revoke.error} shownFields={['reason']} />
      </ConfirmDialog>
    </>
  );
}

/** L&D: every credential the organisation issued; revoke one that was given in error. */
export function CredentialsAdminPage() {
  const { t } = useTranslation('credentials');
  const format = useFormat();
  const credentials = useQuery(organisationCredentialsQuery());
  return (
    <div>
      <PageHeader title={t('manage.title')} description={t('manage.intro')} />
      {credentials.isPending ? (
        <Loading />
      ) : credentials.isError ? (
        <QueryError error={credentials.error} />
      ) : credentials.data.length === 0 ? (
        <EmptyState title={t('manage.empty')} />
      ) : (
        <table className="w-full rounded-xl bg-white text-left text-sm shadow-sm">
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="p-3">
                {t('manage.person')}
              </th>
              <th scope="col" className="p-3">
                {t('manage.what')}
              </th>
              <th scope="col" className="p-3">
                {t('manage.issued')}
              </th>
              <th scope="col" className="p-3">
                {t('manage.status')}
              </th>
              <th scope="col" className="p-3">
                <span className="sr-only">{t('manage.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {credentials.data.map((credential) => (
              <tr key={credential.id} className="border-t border-slate-100">
                <td className="p-3">{credential.personName ?? t('manage.formerColleague')}</td>
                <td className="p-3">
                  {credential.title} <span className="text-slate-500">({t(`kind.${credential.kind}`)})</span>
                </td>
                <td className="p-3">{format.date(credential.issuedAt)}</td>
                <td className="p-3">
                  {credential.revokedAt ? (
                    <Badge tone="red">{t('status.revoked')}</Badge>
                  ) : (
                    <Badge tone="green">{t('status.valid')}</Badge>
                  )}
                </td>
                <td className="p-3 text-right">
                  {!credential.revokedAt && <RevokeButton credential={credential} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <IssuerKeysSection />
    </div>
  );
}
