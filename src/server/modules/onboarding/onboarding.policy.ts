import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** L&D and HR define onboarding templates and assign journeys. */
export const canManageOnboarding = (auth: Auth) =>
  can(auth, 'catalogue.manage') || can(auth, 'people.manage');

export type JourneyPart = 'newcomer' | 'buddy' | 'manager' | 'admin';

/** How someone is involved in a journey: the newcomer, the buddy, the newcomer's manager, or L&D/HR. */
export function partIn(
  auth: Auth,
  journey: { person_id: string; buddy_id: string | null; manager_id: string | null },
): JourneyPart | null {
  const me = auth.kind === 'person' ? auth.personId : null;
  if (me && journey.person_id === me) return 'newcomer';
  if (me && journey.buddy_id === me) return 'buddy';
  if (me && journey.manager_id === me) return 'manager';
  if (canManageOnboarding(auth)) return 'admin';
  return null;
}

/** Who does a step: the newcomer, the buddy or the manager (nobody while no buddy is chosen). */
export function ownerOf(
  step: { owner: string },
  journey: { person_id: string; buddy_id: string | null; manager_id: string | null },
): string | null {
  if (step.owner === 'newcomer') return journey.person_id;
  if (step.owner === 'buddy') return journey.buddy_id;
  return journey.manager_id;
}

/** The step's owner ticks it off; L&D/HR may too (a check-in that happened off-line). */
export const canTick = (
  auth: Auth,
  step: { owner: string },
  journey: { person_id: string; buddy_id: string | null; manager_id: string | null },
) => (auth.kind === 'person' && ownerOf(step, journey) === auth.personId) || canManageOnboarding(auth);
