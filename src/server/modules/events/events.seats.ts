import { auditRowOf, type ChangeCtx } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { enrol } from '../catalogue/index.ts';
import { closed, eventTitle } from './events.lookup.ts';
import { notifyAboutSession } from './events.notify.ts';
import { isOpenForSignUp } from './events.policy.ts';
import {
  claimSeat,
  countSeats,
  firstWaiting,
  lockSessionRow,
  registrationOf,
  saveRegistration,
  setRegistrationStatus,
} from './events.registrations.repository.ts';
import type { SessionRow } from './events.repository.ts';

// Seats: taking one (or a waitlist place), and giving free seats to the waitlist in order. The session
// row keeps the count of seats taken; every change of a confirmed registration moves it.

/**
 * Confirms the first on the waitlist while seats are free; each promoted person is told. Runs with the
 * session row locked by the change, so the counter read here cannot move underneath.
 */
export async function promoteWaiting(tx: ChangeCtx<OrgContext>, session: SessionRow, baseUrl: string) {
  if (session.status !== 'scheduled' || session.starts_at <= tx.now()) return;
  const row = await lockSessionRow(tx.db, session.id);
  if (!row) return;
  let taken = row.taken;
  const { title } = await eventTitle(tx, session.content_id);
  while (taken < row.seats) {
    const next = await firstWaiting(tx.db, session.id);
    if (!next) return;
    await setRegistrationStatus(tx.db, next.id, 'confirmed', tx.now());
    await countSeats(tx.db, session.id, 1);
    taken += 1;
    tx.record({
      action: 'event.promoted',
      subjectId: session.content_id,
      changes: { sessionId: session.id, personId: next.person_id },
    });
    await notifyAboutSession(tx.db, next.person_id, 'event_promoted', session, {
      title,
      baseUrl,
      timeZone: tx.timeZone,
    });
  }
}

/**
 * A seat while there is one, else the waitlist (signing up twice changes nothing). Everything per
 * person comes first without touching the session row: the enrolment (with its xAPI "registered"), my
 * registration on the waitlist. Then one statement claims a seat from the session's counter, confirms
 * me and writes the audit row; only that statement and the commit hold the row lock, so of two for the
 * last seat one gets it. Without a seat, the row is locked and read again before I stay on the
 * waitlist: a cancellation that freed a seat just before (and could not yet see my registration to
 * promote me) is not missed.
 */
export async function takeSeat(
  tx: ChangeCtx<Ctx>,
  { sessionId, contentId, personId }: { sessionId: string; contentId: string; personId: string },
): Promise<'confirmed' | 'waitlisted'> {
  await enrol(tx.db.executor, tx.organisationId, personId, { type: 'content', id: contentId });
  const saved = await saveRegistration(tx.db, { session_id: sessionId, person_id: personId });
  if (!saved) {
    const mine = await registrationOf(tx.db, sessionId, personId);
    if (mine?.status === 'confirmed' || mine?.status === 'waitlisted') return mine.status;
    throw notFound('Event session');
  }
  const claim = {
    sessionId,
    registrationId: saved.id,
    now: tx.now(),
    audit: auditRowOf(tx, { action: 'event.signed_up', subjectId: contentId, changes: { sessionId } }),
  };
  if (await claimSeat(tx.db, claim)) return 'confirmed';
  const session = await lockSessionRow(tx.db, sessionId);
  if (!session) throw notFound('Event session');
  if (!isOpenForSignUp(session, tx.now())) throw closed('Sign-up for this session is closed.');
  if (session.taken < session.seats && (await claimSeat(tx.db, claim))) return 'confirmed';
  tx.record({ action: 'event.waitlisted', subjectId: contentId, changes: { sessionId } });
  return 'waitlisted';
}
