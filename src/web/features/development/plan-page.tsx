import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { PageHeader } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { PlanView } from './plan-view.tsx';

/** Someone else's plan: the manager (agree, comment, review) or HR (read). */
export function PlanPage({ planId }: { planId: string }) {
  const { t } = useTranslation('development');
  const plan = useQuery({
    queryKey: ['development', 'plan', planId],
    queryFn: () => unwrap(api.GET('/api/v1/plans/{id}', { params: { path: { id: planId } } })),
  });
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <QueryError error={plan.error} />;
  return (
    <>
      <PageHeader
        title={t('plan.ofPerson', { name: plan.data.person.displayName, period: plan.data.period })}
      />
      <PlanView plan={plan.data} />
    </>
  );
}
