import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** L&D and HR define badges, start organisation-wide challenges and switch leaderboards. */
export const canManageRecognition = (auth: Auth) => can(auth, 'recognition.manage');

/** A badge is awarded by hand by L&D/HR, or by the person's manager. */
export const canAwardTo = (auth: Auth, person: { id: string; manager_id: string | null }) =>
  canManageRecognition(auth) ||
  (auth.kind === 'person' && person.manager_id === auth.personId && person.id !== auth.personId);

/** A challenge's teams: any unit for L&D/HR; for a manager, only the units they lead. */
export const canChallengeTeams = (auth: Auth, teamIds: string[], ledUnits: ReadonlySet<string>) =>
  canManageRecognition(auth) || (teamIds.length > 0 && teamIds.every((id) => ledUnits.has(id)));
