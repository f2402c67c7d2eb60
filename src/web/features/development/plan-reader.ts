import { useMe } from '../../lib/session.tsx';
import type { DevelopmentPlan } from './development-api.ts';

/** Who reads the plan: its owner (addressed as "you"), their manager, or HR; the words follow. */
export type PlanReader = 'owner' | 'manager' | 'hr';

export function usePlanReader(plan: DevelopmentPlan): PlanReader {
  const me = useMe();
  if (plan.person.id === me.person.id) return 'owner';
  return plan.manager?.id === me.person.id ? 'manager' : 'hr';
}
