import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** Who may see a WorkOut: the manager who leads it, its participants, and HR. */
export const canSeeWorkout = (auth: Auth, workout: { manager_id: string }, isParticipant: boolean) =>
  (auth.kind === 'person' && auth.personId === workout.manager_id) ||
  isParticipant ||
  can(auth, 'development.manage');

export const leads = (auth: Auth, workout: { manager_id: string }) =>
  auth.kind === 'person' && auth.personId === workout.manager_id;

/** Who may edit an own WorkOut: the person who wrote it, and L&D. Plans keep a copy, so any time. */
export const mayEditTemplate = (auth: Auth, template: { created_by: string | null }) =>
  (auth.kind === 'person' && auth.personId === template.created_by) || can(auth, 'catalogue.manage');
