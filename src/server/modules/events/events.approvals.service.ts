import { calendarDateOf } from '../../core/calendar.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { commitEventCost } from '../budgets/index.ts';
import { displayName } from '../people/index.ts';
import {
  decideApproval,
  insertApproval,
  linkApprovalToBudget,
  lockApproval,
  openApprovalOf,
  pendingRequest,
} from './events.approvals.repository.ts';
import { closed, eventTitle } from './events.lookup.ts';
import { notifyAboutEvent } from './events.notify.ts';
import { isOpenForSignUp } from './events.policy.ts';
import { lockSessionRow, seatsAndMine, type signUpFacts } from './events.registrations.repository.ts';
import { findSession } from './events.repository.ts';
import { takeSeat } from './events.seats.ts';

// Sign-ups that cost budget: the request to the manager and the manager's decision.

/** A sign-up for an event that costs budget: a request to the manager, who is told. */
export async function askManager(
  tx: ChangeCtx<Ctx>,
  facts: NonNullable<Awaited<ReturnType<typeof signUpFacts>>>,
  personId: string,
  baseUrl: string,
) {
  const session = await lockSessionRow(tx.db, facts.id);
  if (!session) throw notFound('Event session');
  const { my_status: mine } = await seatsAndMine(tx.db, facts.id, personId);
  if (mine === 'confirmed' || mine === 'waitlisted') return mine;
  if (await openApprovalOf(tx.db, facts.id, personId)) return 'pending_approval' as const;
  if (!isOpenForSignUp(session, tx.now())) throw closed('Sign-up for this session is closed.');
  const { id } = await insertApproval(tx.db, {
    content_id: facts.content_id,
    session_id: facts.id,
    person_id: personId,
    manager_id: facts.manager_id!,
    cost_cents: facts.cost_cents,
  });
  tx.record({
    action: 'event.approval_requested',
    subjectId: facts.content_id,
    changes: { sessionId: facts.id, requestId: id },
  });
  const { title } = await eventTitle(tx, facts.content_id);
  await notifyAboutEvent(tx.db, facts.manager_id!, 'event_approval_requested', {
    title,
    baseUrl,
    contentId: facts.content_id,
    startsAt: session.starts_at,
    timeZone: tx.timeZone,
    who: displayName(facts),
  });
  return 'pending_approval' as const;
}

/**
 * The manager decides a sign-up request: approving signs the person up (a seat or the waitlist, as if
 * they signed up now), declining tells them. Only the manager the request went to decides.
 */
export async function decideSignUp(ctx: Ctx, requestId: string, isApproved: boolean, baseUrl: string) {
  const managerId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    // The session first, then the request: the order cancelling a registration locks them in.
    const seen = await pendingRequest(tx.db, requestId);
    if (!seen) throw notFound('Approval request');
    const locked = await lockSessionRow(tx.db, seen.session_id);
    if (!locked) throw notFound('Event session');
    const request = (await lockApproval(tx.db, requestId))!;
    if (request.manager_id !== managerId) throw forbidden();
    if (request.state !== 'pending') throw closed('This request has been decided.');
    await decideApproval(tx.db, requestId, isApproved ? 'approved' : 'declined', tx.now());
    tx.record({
      action: isApproved ? 'event.approval_approved' : 'event.approval_declined',
      subjectId: request.content_id,
      changes: { sessionId: request.session_id, personId: request.person_id },
    });
    const status = isApproved
      ? await takeSeat(tx, {
          session: locked,
          contentId: request.content_id,
          personId: request.person_id,
        })
      : ('declined' as const);
    const { title } = await eventTitle(tx, request.content_id);
    const session = (await findSession(tx.db, request.session_id))!;
    if (isApproved && (request.cost_cents ?? 0) > 0) {
      const budgetRequestId = await commitEventCost(tx.db, {
        personId: request.person_id,
        managerId,
        title,
        costCents: request.cost_cents!,
        on: calendarDateOf(session.starts_at, tx.timeZone),
        at: tx.now(),
        motivation: `Event sign-up approved by the manager (${title})`.slice(0, 5000),
      });
      if (budgetRequestId) await linkApprovalToBudget(tx.db, requestId, budgetRequestId);
    }
    await notifyAboutEvent(tx.db, request.person_id, isApproved ? 'event_approved' : 'event_declined', {
      title,
      baseUrl,
      contentId: request.content_id,
      startsAt: session.starts_at,
      timeZone: tx.timeZone,
    });
    return status;
  });
}
