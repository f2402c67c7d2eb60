import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** Who may see a WorkOut: the manager who leads it, its participants, and HR. */
export const canSeeWorkout = (auth: Auth, workout: { manager_id: string }, isParticipant: boolean) =>
  (auth.kind === 'person' && auth.personId === workout.manager_id) ||
  isParticipant ||
  can(auth, 'development.manage');

export const leads = (auth: Auth, workout: { manager_id: string }) =>
  auth.kind === 'person' && auth.personId === workout.manager_id;
