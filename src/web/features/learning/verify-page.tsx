import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { Loading } from '../../components/states.tsx';
import { certificateQuery } from './queries.ts';

/** Public: anyone with the link sees whether a certificate is real. */
export function VerifyCertificatePage() {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const { code } = useParams({ from: '/certificates/verify/$code' });
  const result = useQuery({
    ...certificateQuery(code),
    retry: false,
  });
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold text-teal-800">Groeipad</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('verify.title')}</h1>
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <p role="alert" className="mt-6 rounded-md bg-red-50 p-4 text-red-800">
          {t('verify.invalid')}
        </p>
      ) : (
        <div role="status" className="mt-6 rounded-xl border border-emerald-200 bg-emerald-50 p-6">
          <p className="text-lg font-semibold text-emerald-900">✓ {t('verify.valid')}</p>
          <dl className="mt-4 space-y-2 text-sm text-slate-800">
            <div>
              <dt className="font-medium">{t('verify.recipient')}</dt>
              <dd>{result.data.recipientName}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('verify.for')}</dt>
              <dd>{result.data.title}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('verify.issuedBy')}</dt>
              <dd>{result.data.organisationName}</dd>
            </div>
            <div>
              <dt className="font-medium">{t('verify.issuedOn')}</dt>
              <dd>{format.date(result.data.issuedAt)}</dd>
            </div>
          </dl>
        </div>
      )}
    </main>
  );
}
