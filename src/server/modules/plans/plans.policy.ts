import type { PlanState } from '../../db/schema.ts';
import { type Auth, can } from '../access/index.ts';

export type PlanAccess = 'owner' | 'manager' | 'hr' | 'none';

/**
 * Who sees a plan: the employee always; their direct manager and HR once it is shared
 * (a draft is the employee's own notebook). HR sees every plan's state in the overview.
 * Anyone else: as if it did not exist.
 */
export function planAccess(
  auth: Auth,
  plan: { person_id: string; manager_id: string | null; state: PlanState },
): PlanAccess {
  if (auth.kind !== 'person') return 'none';
  if (plan.person_id === auth.personId) return 'owner';
  if (plan.state === 'draft') return 'none';
  if (plan.manager_id === auth.personId) return 'manager';
  if (can(auth, 'development.manage')) return 'hr';
  return 'none';
}

export function planAbilities(access: PlanAccess, state: PlanState) {
  return {
    edit: access === 'owner' && state !== 'reviewed',
    share: access === 'owner' && state === 'draft',
    agree: access === 'manager' && state === 'shared',
    review: access === 'manager' && state === 'agreed',
    comment: access === 'manager' || (access === 'owner' && state !== 'reviewed'),
  };
}
