import type { ChangeCtx } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { enrol } from '../catalogue/index.ts';
import { closed, eventTitle } from './events.lookup.ts';
import { notifyAboutSession } from './events.notify.ts';
import { isOpenForSignUp } from './events.policy.ts';
import {
  countConfirmed,
  firstWaiting,
  lockSessionRow,
  saveRegistration,
  seatsAndMine,
  setRegistrationStatus,
} from './events.registrations.repository.ts';
import type { SessionRow } from './events.repository.ts';

// Seats: taking one (or a waitlist place), and giving free seats to the waitlist in order.

/** Confirms the first on the waitlist while seats are free; each promoted person is told. */
export async function promoteWaiting(tx: ChangeCtx<OrgContext>, session: SessionRow, baseUrl: string) {
  let confirmed = await countConfirmed(tx.db, session.id);
  if (session.status !== 'scheduled' || session.starts_at <= tx.now()) return;
  const { title } = await eventTitle(tx, session.content_id);
  while (confirmed < session.seats) {
    const next = await firstWaiting(tx.db, session.id);
    if (!next) return;
    await setRegistrationStatus(tx.db, next.id, 'confirmed', tx.now());
    confirmed += 1;
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
/** Under the session lock: a seat while there is one, else the waitlist (signing up twice changes nothing). */
export async function takeSeat(
  tx: ChangeCtx<Ctx>,
  { sessionId, contentId, personId }: { sessionId: string; contentId: string; personId: string },
) {
  // Per person, before the queue: the enrolment (and its xAPI "registered") rolls back with a refusal.
  await enrol(tx.db.executor, tx.organisationId, personId, { type: 'content', id: contentId });
  const session = await lockSessionRow(tx.db, sessionId);
  if (!session) throw notFound('Event session');
  const { confirmed, my_status: mine } = await seatsAndMine(tx.db, sessionId, personId);
  if (mine === 'confirmed' || mine === 'waitlisted') return mine;
  if (!isOpenForSignUp(session, tx.now())) throw closed('Sign-up for this session is closed.');
  const status = confirmed < session.seats ? 'confirmed' : 'waitlisted';
  await saveRegistration(tx.db, { session_id: sessionId, person_id: personId, status });
  tx.record({
    action: status === 'confirmed' ? 'event.signed_up' : 'event.waitlisted',
    subjectId: session.content_id,
    changes: { sessionId },
  });
  return status;
}
