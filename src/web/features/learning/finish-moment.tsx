import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { LearningAgreementForm } from '../development/index.ts';
import { entryLink, useForYou } from './learning-api.ts';
import type { Sequence } from './player-sequence.ts';

/**
 * The end of a course or path: a certificate, the question that makes learning stick ("what will you
 * apply?", saved as a learning agreement your manager sees) and where to go next.
 */
export function FinishMoment({
  sequence,
  certificateId = sequence.certificateId,
}: {
  sequence: Sequence;
  /** The certificate just issued, before the outline has caught up. */
  certificateId?: string | null;
}) {
  const { t } = useTranslation('learning');
  const [isApplying, setApplying] = useState(false);
  const [isSaved, setSaved] = useState(false);
  const forYou = useForYou();
  const next = forYou.data?.find((entry) => entry.id !== sequence.id && !entry.enrolment);
  return (
    <section
      aria-labelledby="finish-title"
      className="celebrate space-y-4 rounded-xl border border-emerald-200 bg-emerald-50 p-5 text-emerald-950"
    >
      <h2 id="finish-title" className="text-xl font-semibold">
        <span aria-hidden="true">★ </span>
        {t(sequence.type === 'course' ? 'finish.course' : 'finish.path', { title: sequence.title })}
      </h2>
      <ol className="grid gap-3 sm:grid-cols-3">
        <li className="rounded-lg bg-white p-3">
          <p className="text-sm font-semibold">{t('finish.certificateTitle')}</p>
          {certificateId ? (
            <a
              className="mt-1 inline-block text-sm font-medium text-teal-800 underline"
              href={`/api/v1/certificates/${certificateId}/pdf`}
            >
              {t('certificates.download')}
            </a>
          ) : (
            <p className="mt-1 text-sm text-slate-700">{t('finish.certificateSoon')}</p>
          )}
        </li>
        <li className="rounded-lg bg-white p-3">
          <p className="text-sm font-semibold">{t('finish.applyTitle')}</p>
          {sequence.hasAgreement || isSaved ? (
            <p className="mt-1 text-sm text-slate-700">{t('finish.applySaved')}</p>
          ) : sequence.enrolmentId && !isApplying ? (
            <Button variant="secondary" className="mt-1" onClick={() => setApplying(true)}>
              {t('finish.applyAction')}
            </Button>
          ) : (
            !sequence.enrolmentId && <p className="mt-1 text-sm text-slate-700">{t('finish.applyHint')}</p>
          )}
        </li>
        <li className="rounded-lg bg-white p-3">
          <p className="text-sm font-semibold">{t('finish.nextTitle')}</p>
          {next ? (
            <Link
              {...entryLink(next)}
              className="mt-1 inline-block text-sm font-medium text-teal-800 underline"
            >
              {next.title}
            </Link>
          ) : (
            <Link
              to="/learning/catalogue"
              search={{}}
              className="mt-1 inline-block text-sm font-medium text-teal-800 underline"
            >
              {t('finish.toCatalogue')}
            </Link>
          )}
        </li>
      </ol>
      {isApplying && sequence.enrolmentId && (
        <div className="rounded-lg bg-white p-4 text-slate-900">
          <LearningAgreementForm
            subject={{ title: sequence.title, enrolmentId: sequence.enrolmentId }}
            onDone={() => {
              setApplying(false);
              setSaved(true);
            }}
            className="space-y-3"
          />
        </div>
      )}
    </section>
  );
}
