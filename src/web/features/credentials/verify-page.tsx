import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../components/format.ts';
import { Loading } from '../../components/states.tsx';
import { useVerifyFile, type Verification, verificationQuery } from './queries.ts';

const looks = {
  valid: 'border-emerald-200 bg-emerald-50 text-emerald-900',
  revoked: 'border-amber-300 bg-amber-50 text-amber-900',
  tampered: 'border-red-300 bg-red-50 text-red-900',
} as const;
const marks = { valid: '✓', revoked: '⚠', tampered: '✗' } as const;

function Verdict({ verification }: { verification: Verification }) {
  const { t } = useTranslation('credentials');
  const format = useFormat();
  const { status } = verification;
  return (
    <div role="status" className={`mt-6 rounded-xl border p-6 ${looks[status]}`}>
      <p className="text-lg font-semibold">
        <span aria-hidden="true">{marks[status]} </span>
        {t(`verify.${status}`)}
      </p>
      <p className="mt-1 text-sm">{t(`verify.${status}Explained`)}</p>
      {status !== 'tampered' && (
        <dl className="mt-4 space-y-2 text-sm text-slate-800">
          <div>
            <dt className="font-medium">{t('verify.recipient')}</dt>
            <dd>{verification.recipientName}</dd>
          </div>
          <div>
            <dt className="font-medium">{t('verify.for')}</dt>
            <dd>{verification.title}</dd>
          </div>
          <div>
            <dt className="font-medium">{t('verify.issuedBy')}</dt>
            <dd>{verification.issuerName}</dd>
          </div>
          {verification.validFrom && (
            <div>
              <dt className="font-medium">{t('verify.issuedOn')}</dt>
              <dd>{format.date(verification.validFrom)}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

/** Someone has a credential file (JSON): check it here, byte for byte. */
function CheckFile() {
  const { t } = useTranslation('credentials');
  const check = useVerifyFile();
  const read = async (file: File | undefined) => {
    if (!file) return;
    try {
      check.mutate(JSON.parse(await file.text()) as Record<string, unknown>);
    } catch {
      check.mutate({});
    }
  };
  return (
    <section className="mt-10">
      <h2 className="text-base font-semibold text-slate-900">{t('verify.fileTitle')}</h2>
      <label className="mt-2 block text-sm text-slate-700">
        {t('verify.fileLabel')}
        <input
          type="file"
          accept="application/json,.json"
          className="mt-1 block text-sm"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </label>
      {check.data && <Verdict verification={check.data} />}
    </section>
  );
}

/** Public: anyone with the share link sees whether the credential is valid, revoked or tampered with. */
export function VerifyCredentialPage() {
  const { t } = useTranslation('credentials');
  const { id } = useParams({ from: '/verify/credentials/$id' });
  const result = useQuery({ ...verificationQuery(id), retry: false });
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold text-teal-800">Groeipad</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t('verify.title')}</h1>
      <p className="mt-2 text-sm text-slate-600">{t('verify.intro')}</p>
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <p role="alert" className="mt-6 rounded-md bg-red-50 p-4 text-red-800">
          {t('verify.unknown')}
        </p>
      ) : (
        <Verdict verification={result.data} />
      )}
      <CheckFile />
    </main>
  );
}
