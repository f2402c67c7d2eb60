import type { TenantDb } from '../../db/tenant.ts';
import { type Auth, can } from '../access/index.ts';
import { unitWithAncestors } from '../direction/index.ts';
import type { GoalVisibility } from './goals.repository.ts';

export const goalVisibility = (auth: Auth): GoalVisibility => ({
  withDrafts: can(auth, 'direction.manage'),
  withConfidential: can(auth, 'goals.read_confidential'),
});

/** Management writes every team goal; the head of a unit (or of a unit above it) writes the unit's. */
export async function canWriteTeamGoals(tenant: TenantDb, auth: Auth, unitId: string): Promise<boolean> {
  if (can(auth, 'direction.manage')) return true;
  if (auth.kind !== 'person') return false;
  const line = await unitWithAncestors(tenant, unitId);
  return line.some((unit) => unit.head_id === auth.personId);
}
