import { type Auth, can } from '../access/index.ts';

/** HR fields are for HR/L&D admins, the person themself and their direct manager. */
export function canSeeHrFields(auth: Auth, person: { id: string; manager_id: string | null }): boolean {
  if (can(auth, 'people.read_hr')) return true;
  if (auth.kind !== 'person') return false;
  return person.id === auth.personId || person.manager_id === auth.personId;
}
