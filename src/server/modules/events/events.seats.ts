import { type AuditRow, auditRowOf, type ChangeCtx, writeAuditRows } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { enrol, enrolEach } from '../catalogue/index.ts';
import { closed, eventTitle } from './events.lookup.ts';
import { notifyAboutSession } from './events.notify.ts';
import { isOpenForSignUp } from './events.policy.ts';
import { firstWaiting, registrationOf } from './events.registrations.repository.ts';
import type { SessionRow } from './events.repository.ts';
import {
  claimSeat,
  claimSeatsInTurn,
  registerEachWithSeat,
  registerWithSeat,
} from './events.seats.repository.ts';

// Seats: taking one (or a waitlist place), and giving free seats to the waitlist in order. A seat is a
// row of event_seats, free or held by one confirmed registration (events.seats.repository.ts).

/**
 * Confirms the first on the waitlist while seats are free; each promoted person is told. Runs in a
 * change that holds the session row FOR UPDATE (cancelling, changing the session): no sign-up is
 * claiming a seat meanwhile, so a free seat goes to the waitlist before any newcomer.
 */
export async function promoteWaiting(tx: ChangeCtx<OrgContext>, session: SessionRow, baseUrl: string) {
  if (session.status !== 'scheduled' || session.starts_at <= tx.now()) return;
  let title: string | undefined;
  for (;;) {
    const next = await firstWaiting(tx.db, session.id);
    if (!next) return;
    const claim = { sessionId: session.id, registrationId: next.id, skipLocked: false, promotedAt: tx.now() };
    if (!(await claimSeat(tx.db, claim))) return;
    tx.record({
      action: 'event.promoted',
      subjectId: session.content_id,
      changes: { sessionId: session.id, personId: next.person_id },
    });
    title ??= (await eventTitle(tx, session.content_id)).title;
    await notifyAboutSession(tx.db, next.person_id, 'event_promoted', session, {
      title,
      baseUrl,
      timeZone: tx.timeZone,
    });
  }
}

/**
 * A seat while there is one, else the waitlist (signing up twice changes nothing). The caller holds
 * the session row FOR KEY SHARE (signUpFacts) or more (a manager's decision), and passes it as read
 * under that lock. The enrolment (with its xAPI "registered") comes first; then one statement writes my
 * registration, claims a free seat row for it (passing over the ones other sign-ups are claiming) and
 * writes the audit row (registerWithSeat). Finding none free, the claim is tried again waiting for those
 * others: a claim rolled back frees its seat for me, so nobody waits while a seat is free. Of two for
 * the last seat, one gets it.
 */
export async function takeSeat(
  tx: ChangeCtx<Ctx>,
  {
    session,
    contentId,
    personId,
  }: {
    session: { id: string; status: string; starts_at: Date; signup_deadline: Date | null };
    contentId: string;
    personId: string;
  },
): Promise<'confirmed' | 'waitlisted'> {
  const sessionId = session.id;
  await enrol(tx.db.executor, tx.organisationId, personId, { type: 'content', id: contentId });
  const audit = auditRowOf(tx, { action: 'event.signed_up', subjectId: contentId, changes: { sessionId } });
  // Signing up twice answers my place, even once sign-up has closed.
  const mine = isOpenForSignUp(session, tx.now())
    ? await registerWithSeat(tx.db, { sessionId, personId, audit })
    : undefined;
  if (!mine) {
    const before = await registrationOf(tx.db, sessionId, personId);
    if (before?.status === 'confirmed' || before?.status === 'waitlisted') return before.status;
    if (!isOpenForSignUp(session, tx.now())) throw closed('Sign-up for this session is closed.');
    throw notFound('Event session');
  }
  if (mine.status === 'confirmed') return 'confirmed';
  // Every free seat was being claimed by others: wait for them (one rolled back frees its seat for me).
  const claim = { sessionId, registrationId: mine.id, promotedAt: null, audit, skipLocked: false };
  if (await claimSeat(tx.db, claim)) return 'confirmed';
  tx.record({ action: 'event.waitlisted', subjectId: contentId, changes: { sessionId } });
  return 'waitlisted';
}

/**
 * takeSeat for several people at once, in their order of arrival (sign-ups written together, see
 * events.signup.batch.ts), each step one statement for all: the enrolments (with their xAPI
 * "registered"), the registrations on free seats (the earliest arrival the lowest seat), the waiting
 * claim for those left on the waitlist, and everyone's audit row (by that person). Sign-up is open for
 * each of them (the caller checked, under the same lock). Whoever is missing from the answer was
 * registered already: their answer is the place they have.
 */
export async function takeSeats(
  tx: ChangeCtx<Ctx>,
  {
    sessionId,
    contentId,
    people,
  }: { sessionId: string; contentId: string; people: { personId: string; by: Ctx }[] },
): Promise<Map<string, 'confirmed' | 'waitlisted'>> {
  const signedUp = (by: Ctx) =>
    auditRowOf(by, { action: 'event.signed_up', subjectId: contentId, changes: { sessionId } });
  await enrolEach(
    tx.db,
    people.map((person) => person.personId),
    contentId,
  );
  const saved = await registerEachWithSeat(
    tx.db,
    sessionId,
    people.map(({ personId, by }) => ({ personId, audit: signedUp(by) })),
  );
  const outcomes = new Map(saved.map((row) => [row.person_id, row.status]));
  const waiting = saved.filter((row) => row.status === 'waitlisted');
  if (!waiting.length) return outcomes;
  // As takeSeat: every free seat was being claimed by others; wait for them, in turn.
  const seated = await claimSeatsInTurn(
    tx.db,
    sessionId,
    waiting.map((row) => row.id),
  );
  const by = new Map(people.map((person) => [person.personId, person.by]));
  const audit: AuditRow[] = [];
  for (const row of waiting) {
    const isSeated = seated.has(row.id);
    outcomes.set(row.person_id, isSeated ? 'confirmed' : 'waitlisted');
    const person = by.get(row.person_id)!;
    audit.push(
      isSeated
        ? signedUp(person)
        : auditRowOf(person, { action: 'event.waitlisted', subjectId: contentId, changes: { sessionId } }),
    );
  }
  await writeAuditRows(tx.db, audit);
  return outcomes;
}
