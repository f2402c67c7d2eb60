import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { LearningAgreementForm } from '../development/index.ts';
import type { EnrolmentView } from './learning-api.ts';

/**
 * Substantial learning asks for a learning agreement: how you will apply it, and whether you will help
 * colleagues. Shows the agreement's state once made (your manager agrees to it under Development).
 */
export function EnrolmentAgreement({ enrolment }: { enrolment: EnrolmentView }) {
  const { t } = useTranslation('learning');
  const [isOpen, setOpen] = useState(false);
  if (!enrolment.isSubstantial) return null;
  if (enrolment.agreement)
    return (
      <p className="text-sm">
        <span className="font-medium text-slate-800">{t('agreement.label')}</span>{' '}
        <Badge tone={enrolment.agreement.state === 'agreed' ? 'green' : 'amber'}>
          {t(`agreement.states.${enrolment.agreement.state}`)}
        </Badge>
      </p>
    );
  return (
    <div className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm">
      <p className="text-amber-900">{t('agreement.asked')}</p>
      {isOpen ? (
        <LearningAgreementForm
          subject={{ title: enrolment.title, enrolmentId: enrolment.id }}
          onDone={() => setOpen(false)}
          className="space-y-3"
        />
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('agreement.make')}
        </Button>
      )}
    </div>
  );
}
