import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Checkbox, inputClass, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { localToday } from '../../components/format.ts';
import type { EnrolmentView } from './learning-api.ts';

/**
 * Substantial learning asks for a learning agreement: how you will apply it, and whether you will help
 * colleagues. Shows the agreement's state once made (your manager agrees to it under Development).
 */
export function EnrolmentAgreement({ enrolment }: { enrolment: EnrolmentView }) {
  const { t } = useTranslation('learning');
  const client = useQueryClient();
  const applicationId = useId();
  const [isOpen, setOpen] = useState(false);
  const [application, setApplication] = useState('');
  const [isWillingBuddy, setWillingBuddy] = useState(false);
  const [isWillingMentor, setWillingMentor] = useState(false);
  const [startsOn, setStartsOn] = useState(localToday());
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/learning-agreements', {
          body: {
            title: enrolment.title,
            enrolmentId: enrolment.id,
            application,
            isWillingBuddy,
            isWillingMentor,
            startsOn,
          },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      await client.invalidateQueries({ queryKey: ['learning'] });
    },
  });
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
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <div className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm">
      <p className="text-amber-900">{t('agreement.asked')}</p>
      {isOpen ? (
        <form onSubmit={submit} className="space-y-3" aria-label={t('agreement.title')}>
          <FormErrorRegion error={create.error} />
          <div className="space-y-1.5">
            <label htmlFor={applicationId} className="block text-sm font-medium text-slate-800">
              {t('agreement.application')}
            </label>
            <textarea
              id={applicationId}
              className={`${inputClass} h-24`}
              value={application}
              onChange={(e) => setApplication(e.target.value)}
            />
          </div>
          <Checkbox
            label={t('agreement.buddy')}
            checked={isWillingBuddy}
            onChange={(e) => setWillingBuddy(e.target.checked)}
          />
          <Checkbox
            label={t('agreement.mentor')}
            checked={isWillingMentor}
            onChange={(e) => setWillingMentor(e.target.checked)}
          />
          <TextField
            label={t('agreement.startsOn')}
            type="date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
          />
          <Button type="submit" isBusy={create.isPending} disabled={!application.trim()}>
            {t('agreement.save')}
          </Button>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('agreement.make')}
        </Button>
      )}
    </div>
  );
}
