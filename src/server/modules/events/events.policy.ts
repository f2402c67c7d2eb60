import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** L&D organise every session; a session's trainer takes its attendance too. */
export const canManageSession = (
  auth: Auth,
  session: { trainer_id: string | null; created_by: string | null },
) =>
  can(auth, 'catalogue.manage') ||
  (auth.kind === 'person' && (session.trainer_id === auth.personId || session.created_by === auth.personId));

/** Sign-up is open while the session is scheduled, has not started and its deadline has not passed. */
export const isOpenForSignUp = (
  session: { status: string; starts_at: Date; signup_deadline: Date | null },
  now: Date,
) =>
  session.status === 'scheduled' &&
  session.starts_at > now &&
  (!session.signup_deadline || session.signup_deadline > now);

/** The door's QR code works from two hours before the start until twelve hours after the end. */
export const isCheckInWindow = (session: { starts_at: Date; ends_at: Date }, now: Date) =>
  now.getTime() >= session.starts_at.getTime() - 2 * 3_600_000 &&
  now.getTime() <= session.ends_at.getTime() + 12 * 3_600_000;
