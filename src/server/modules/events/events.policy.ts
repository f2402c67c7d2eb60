import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** Who an event is for: L&D's are for everyone; a manager's own event is for their team. */
export type EventScope = { team_manager_id: string | null } | undefined;

/** L&D organise every event; a manager organises the events they made for their team. */
export const canManageEvent = (auth: Auth, scope: EventScope) =>
  can(auth, 'catalogue.manage') ||
  (auth.kind === 'person' && Boolean(scope?.team_manager_id) && scope?.team_manager_id === auth.personId);

/** L&D organise every session; the event's manager, a session's trainer or creator too. */
export const canManageSession = (
  auth: Auth,
  session: { trainer_id: string | null; created_by: string | null },
  scope?: EventScope,
) =>
  canManageEvent(auth, scope) ||
  (auth.kind === 'person' && (session.trainer_id === auth.personId || session.created_by === auth.personId));

/**
 * Who sees and signs up for an event: everyone for an organisation-wide event; for a team event the
 * manager's direct reports and the manager (L&D see it to organise it).
 */
export const isForPerson = (scope: EventScope, personId: string | null, reportsTo: string | null) =>
  !scope?.team_manager_id || scope.team_manager_id === personId || scope.team_manager_id === reportsTo;

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

/** A sign-up waits for the manager when the event needs approval and the person has a manager. */
export const needsManagerApproval = (
  settings: { needs_approval: boolean | null } | undefined,
  managerId: string | null,
) => Boolean(settings?.needs_approval) && managerId !== null;
