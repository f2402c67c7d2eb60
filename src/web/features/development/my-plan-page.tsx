import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useDevelopmentMutation } from './development-api.ts';
import { LearningAgreementsCard } from './learning-agreements-card.tsx';
import { PlanView } from './plan-view.tsx';

export function MyPlanPage() {
  const { t } = useTranslation('development');
  const mine = useQuery({
    queryKey: ['development', 'plan', 'mine'],
    queryFn: () => unwrap(api.GET('/api/v1/plans/mine')),
  });
  const start = useDevelopmentMutation(() => unwrap(api.POST('/api/v1/plans', { body: {} })));
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} />;
  const { plan, period } = mine.data;
  return (
    <>
      <PageHeader title={t('plan.myTitle', { period })} description={t('plan.myDescription')} />
      {plan ? (
        <div className="space-y-6">
          <PlanView plan={plan} />
          <LearningAgreementsCard scope="mine" />
        </div>
      ) : (
        <EmptyState title={t('plan.noneTitle')}>
          <p className="mb-4">{t('plan.noneBody')}</p>
          <FormErrorRegion error={start.error} />
          <Button onClick={() => start.mutate(undefined)} isBusy={start.isPending}>
            {t('plan.start', { period })}
          </Button>
        </EmptyState>
      )}
    </>
  );
}
