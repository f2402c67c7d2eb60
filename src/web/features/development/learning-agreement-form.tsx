import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { Checkbox, TextField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { localToday } from '../../components/format.ts';
import { type BudgetRequest, useDevelopmentMutation } from './development-api.ts';
import { TextArea } from './text-area.tsx';

/** The learning agreement a budget-funded training needs: how I will apply it, and will I help others. */
export function LearningAgreementForm({ request, onDone }: { request: BudgetRequest; onDone: () => void }) {
  const { t } = useTranslation('development');
  const [application, setApplication] = useState('');
  const [isWillingBuddy, setIsWillingBuddy] = useState(false);
  const [isWillingMentor, setIsWillingMentor] = useState(false);
  const [startsOn, setStartsOn] = useState(request.startsOn ?? localToday());
  const create = useDevelopmentMutation(() =>
    unwrap(
      api.POST('/api/v1/learning-agreements', {
        body: {
          title: request.title,
          budgetRequestId: request.id,
          goalId: request.goal?.id ?? null,
          application,
          isWillingBuddy,
          isWillingMentor,
          startsOn,
        },
      }),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form
      onSubmit={submit}
      className="mt-3 space-y-3 rounded-lg bg-slate-50 p-4"
      aria-label={t('agreement.title')}
    >
      <h4 className="text-sm font-semibold text-slate-900">{t('agreement.title')}</h4>
      <p className="text-xs text-slate-600">{t('agreement.intro')}</p>
      <FormErrorRegion error={create.error} />
      <TextArea
        label={t('agreement.application')}
        value={application}
        onChange={(e) => setApplication(e.target.value)}
      />
      <Checkbox
        label={t('agreement.buddy')}
        checked={isWillingBuddy}
        onChange={(e) => setIsWillingBuddy(e.target.checked)}
      />
      <Checkbox
        label={t('agreement.mentor')}
        checked={isWillingMentor}
        onChange={(e) => setIsWillingMentor(e.target.checked)}
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
  );
}
