import type { RatingSource } from '../../db/schema.ts';
import { type Auth, can } from '../access/index.ts';

/** What a rating by `auth` on `person` counts as: derived from who rates, never chosen by them. */
export function sourceFor(
  auth: Auth,
  person: { id: string; manager_id: string | null },
): RatingSource | null {
  if (auth.kind !== 'person') return null;
  if (auth.personId === person.id) return 'self';
  if (person.manager_id === auth.personId) return 'manager';
  return 'peer';
}

/** May the viewer see someone's whole skills map? Themself, their manager, and L&D/HR. */
export function canSeeSkillsOf(auth: Auth, person: { id: string; manager_id: string | null }): boolean {
  if (can(auth, 'skills.insight')) return true;
  return auth.kind === 'person' && (auth.personId === person.id || person.manager_id === auth.personId);
}
