import type { Auth } from '../access/index.ts';

export type Side = 'employee' | 'manager';

/**
 * A conversation belongs to its pair: the employee and the manager. HR follows progress on the
 * cycle board (prepared / held / signed) but does not read the content.
 */
export function sideOf(auth: Auth, conversation: { employee_id: string; manager_id: string }): Side | null {
  if (auth.kind !== 'person') return null;
  if (conversation.employee_id === auth.personId) return 'employee';
  if (conversation.manager_id === auth.personId) return 'manager';
  return null;
}

export const isLocked = (conversation: { employee_signed_at: Date | null; manager_signed_at: Date | null }) =>
  Boolean(conversation.employee_signed_at && conversation.manager_signed_at);
