import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button, buttonClass } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { type Credential, downloadUrl, myCredentialsQuery } from './queries.ts';

function CredentialCard({ credential }: { credential: Credential }) {
  const { t } = useTranslation('credentials');
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const titleId = `credential-${credential.id}`;
  const copy = async () => {
    await navigator.clipboard.writeText(credential.shareUrl);
    setCopied(true);
  };
  return (
    <li aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {credential.title}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {t(`kind.${credential.kind}`)} · {t('issuedOn', { date: format.date(credential.issuedAt) })}
          </p>
        </div>
        {credential.revokedAt ? (
          <Badge tone="red">{t('status.revoked')}</Badge>
        ) : (
          <Badge tone="green">{t('status.valid')}</Badge>
        )}
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <a className={buttonClass('secondary')} href={downloadUrl(credential.id, 'json')} download>
          {t('download.json')}
        </a>
        <a className={buttonClass('secondary')} href={downloadUrl(credential.id, 'png')} download>
          {t('download.png')}
        </a>
        <a className={buttonClass('secondary')} href={downloadUrl(credential.id, 'svg')} download>
          {t('download.svg')}
        </a>
        <Button variant="secondary" onClick={() => void copy()}>
          {t('share.copy')}
        </Button>
        <a className={buttonClass('ghost')} href={credential.shareUrl}>
          {t('share.open')}
        </a>
      </div>
      {copied && (
        <p role="status" className="mt-2 text-sm text-teal-800">
          {t('share.copied')}
        </p>
      )}
    </li>
  );
}

/** "Mijn credentials": certificates and badges as portable credentials to download or share. */
export function MyCredentialsPage() {
  const { t } = useTranslation('credentials');
  const credentials = useQuery(myCredentialsQuery());
  return (
    <div>
      <PageHeader title={t('mine.title')} description={t('mine.intro')} />
      {credentials.isPending ? (
        <Loading />
      ) : credentials.isError ? (
        <QueryError error={credentials.error} />
      ) : credentials.data.length === 0 ? (
        <EmptyState title={t('mine.empty')}>{t('mine.emptyHint')}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {credentials.data.map((credential) => (
            <CredentialCard key={credential.id} credential={credential} />
          ))}
        </ul>
      )}
    </div>
  );
}
