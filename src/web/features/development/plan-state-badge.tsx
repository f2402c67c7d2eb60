import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';

const tones = { draft: 'neutral', shared: 'blue', agreed: 'green', reviewed: 'violet' } as const;

export function PlanStateBadge({ state }: { state: keyof typeof tones }) {
  const { t } = useTranslation('development');
  return <Badge tone={tones[state]}>{t(`plan.state.${state}`)}</Badge>;
}

const requestTones = {
  pending_manager: 'amber',
  pending_hr: 'amber',
  approved: 'green',
  declined: 'red',
  cancelled: 'neutral',
  completed: 'violet',
} as const;

export function RequestStateBadge({ state }: { state: keyof typeof requestTones }) {
  const { t } = useTranslation('development');
  return <Badge tone={requestTones[state]}>{t(`budget.state.${state}`)}</Badge>;
}
