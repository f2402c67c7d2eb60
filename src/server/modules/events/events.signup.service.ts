import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { settleEventCost } from '../budgets/index.ts';
import { budgetRequestOfSignUp, decideApproval, openApprovalOf } from './events.approvals.repository.ts';
import { askManager } from './events.approvals.service.ts';
import './events.events.ts';
import { closed, lockedSession } from './events.lookup.ts';
import { isForPerson, needsManagerApproval } from './events.policy.ts';
import { cancelRegistrationRow, registrationOf, signUpFacts } from './events.registrations.repository.ts';
import { fitSeats, freeSeatOf } from './events.seats.repository.ts';
import { promoteWaiting, takeSeat } from './events.seats.ts';

// Signing up and cancelling, by the person themselves.

/**
 * I sign up, in a transaction of my own (signUp in events.signup.batch.ts writes most sign-ups together
 * and comes here for the others). The first statement reads the session, its event's settings and my
 * manager and holds the session row FOR KEY SHARE (sign-ups do not wait for each other; changes of the
 * session wait for them). Everything that does not depend on the seats happens next (the enrolment on
 * "Mijn leren", my place on the waitlist); then a free seat row is claimed (see takeSeat): of two for
 * the last seat, one gets it and the other is first on the waitlist. An event that costs budget asks
 * the manager first (the sign-up waits in their approvals).
 */
export async function signUpAlone(ctx: Ctx, sessionId: string, baseUrl = '') {
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const facts = await signUpFacts(tx.db, sessionId, personId);
    if (!facts) throw notFound('Event session');
    if (!isForPerson(facts, personId, facts.manager_id)) throw forbidden('This event is for another team.');
    if (needsManagerApproval(facts, facts.manager_id) && facts.manager_id !== personId)
      return askManager(tx, facts, personId, baseUrl);
    return takeSeat(tx, { session: facts, contentId: facts.content_id, personId });
  });
}

/**
 * I cancel: my seat goes to the first on the waitlist, who is told. The change holds the session row
 * FOR UPDATE (runChange's lock): sign-ups in flight finish first and new ones wait, so the freed seat
 * is given to the waitlist before anyone else can claim it.
 */
export async function cancelRegistration(ctx: Ctx, sessionId: string, baseUrl: string) {
  const personId = personIdOf(ctx.auth);
  await runChange(
    ctx,
    async (tx) => {
      const session = await lockedSession(tx, sessionId);
      const registration = await registrationOf(tx.db, sessionId, personId);
      if (!registration || registration.status === 'cancelled') {
        // Still waiting for the manager: cancelling withdraws the request.
        const pending = await openApprovalOf(tx.db, sessionId, personId);
        if (!pending) throw notFound('Registration');
        await decideApproval(tx.db, pending.id, 'withdrawn', tx.now());
        tx.record({
          action: 'event.approval_withdrawn',
          subjectId: session.content_id,
          changes: { sessionId },
        });
        return;
      }
      if (registration.attended_at) throw closed('You attended this session.');
      await cancelRegistrationRow(tx.db, registration.id, tx.now());
      if (registration.status === 'confirmed') {
        await freeSeatOf(tx.db, registration.id);
        // Above a lowered number of seats, the seat given back goes with it.
        await fitSeats(tx.db, sessionId);
      }
      const budgetRequestId = await budgetRequestOfSignUp(tx.db, sessionId, personId);
      if (budgetRequestId) await settleEventCost(tx.db, budgetRequestId, 'released', tx.now());
      tx.record({
        action: 'event.registration_cancelled',
        subjectId: session.content_id,
        changes: { sessionId },
      });
      if (registration.status === 'confirmed') await promoteWaiting(tx, session, baseUrl);
    },
    { lock: { table: 'event_sessions', id: sessionId } },
  );
}
