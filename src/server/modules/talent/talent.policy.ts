import type { TenantDb } from '../../db/tenant.ts';
import { notFound } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';
import { isParticipant } from './talent.repository.ts';

// Review content is for HR, the round's reviewers and its named calibration participants only.
// Anyone else — the reviewed person included — gets 404: even a round's existence is private.

export const isHr = (auth: Auth) => can(auth, 'development.manage');
export const meOf = (auth: Auth) => (auth.kind === 'person' ? auth.personId : null);

/** HR or a calibration participant of the round; everyone else 404. */
export async function roundAccess(
  tenant: TenantDb,
  auth: Auth,
  roundId: string,
): Promise<'hr' | 'participant'> {
  if (isHr(auth)) return 'hr';
  const me = meOf(auth);
  if (me && (await isParticipant(tenant, roundId, me))) return 'participant';
  throw notFound('Talent review round');
}

/** A review is never shown to the person it is about, even when they calibrate others in the round. */
export async function reviewAccess(
  tenant: TenantDb,
  auth: Auth,
  review: { round_id: string; person_id: string },
) {
  if (meOf(auth) === review.person_id) throw notFound('Talent review');
  return roundAccess(tenant, auth, review.round_id).catch(() => {
    throw notFound('Talent review');
  });
}
