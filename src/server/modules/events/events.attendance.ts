import { timingSafeEqual } from 'node:crypto';
import { calendarDateOf } from '../../core/calendar.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { settleEventCost } from '../budgets/index.ts';
import { completeContent, ensureProgress, reopenContent } from '../catalogue/index.ts';
import { recordStatement } from '../learning-record/index.ts';
import { bookLearningTime, unbookLearningTime } from '../learning-time/index.ts';
import { budgetRequestOfSignUp } from './events.approvals.repository.ts';
import { deleteFeedback, saveFeedback } from './events.feedback.repository.ts';
import { closed, eventTitle, lockedSession, managedSession } from './events.lookup.ts';
import { notifyAboutEvent } from './events.notify.ts';
import { isCheckInWindow } from './events.policy.ts';
import { registrationOf, setAttended } from './events.registrations.repository.ts';
import { findSession, type SessionRow } from './events.repository.ts';
import type { FeedbackInput } from './events.schemas.ts';

// Attendance (list and QR), undoing it, and the attendees' feedback.
/** Attendance follows through once: the item completes (xAPI "completed"), "attended", learning time. */
async function attend(
  tx: ChangeCtx<Ctx>,
  session: SessionRow,
  registration: { id: string; attended_at: Date | null },
  personId: string,
  baseUrl: string,
) {
  if (registration.attended_at) return;
  const at = tx.now();
  await setAttended(tx.db, registration.id, at, personIdOf(tx.auth));
  const { title } = await eventTitle(tx, session.content_id);
  await ensureProgress(tx.db, personId, session.content_id, title, baseUrl);
  await completeContent(tx.db, {
    publish: tx.publish,
    personId,
    contentId: session.content_id,
    title,
    baseUrl,
    at,
  });
  tx.publish('events.attended', { personId, contentId: session.content_id, title });
  await recordStatement(tx.db, baseUrl, {
    personId,
    verb: 'attended',
    object: { kind: 'content', id: session.content_id, title },
  });
  await bookLearningTime(tx, {
    personId,
    date: calendarDateOf(session.starts_at, tx.timeZone),
    minutes: (session.ends_at.getTime() - session.starts_at.getTime()) / 60_000,
    source: 'event',
    sourceId: session.id,
    description: title,
  });
  const budgetRequestId = await budgetRequestOfSignUp(tx.db, session.id, personId);
  if (budgetRequestId) await settleEventCost(tx.db, budgetRequestId, 'spent', at);
  tx.record({
    action: 'event.attended',
    subjectId: session.content_id,
    changes: { sessionId: session.id, personId },
  });
  // The short feedback form is asked of everyone who attended (on the bell and by mail).
  await notifyAboutEvent(tx.db, personId, 'event_feedback_asked', {
    title,
    baseUrl,
    contentId: session.content_id,
    startsAt: session.starts_at,
    timeZone: tx.timeZone,
  });
}

/**
 * Undo a mistaken mark: the attendance, the completion of the item and the booked learning time are
 * taken back (and feedback given for it); the xAPI statements stay as the record of what was said then.
 */
async function undoAttendance(
  tx: ChangeCtx<Ctx>,
  session: SessionRow,
  registration: { id: string; attended_at: Date | null },
  personId: string,
) {
  if (!registration.attended_at) return;
  await setAttended(tx.db, registration.id, null, null);
  await reopenContent(tx.db, { personId, contentId: session.content_id, at: tx.now() });
  await unbookLearningTime(tx, { personId, source: 'event', sourceId: session.id });
  await deleteFeedback(tx.db, session.id, personId);
  const budgetRequestId = await budgetRequestOfSignUp(tx.db, session.id, personId);
  if (budgetRequestId) await settleEventCost(tx.db, budgetRequestId, 'committed', tx.now());
  tx.record({
    action: 'event.attendance_undone',
    subjectId: session.content_id,
    changes: { sessionId: session.id, personId },
  });
}

/** The trainer's list: mark someone present (or undo a mistaken mark). */
export async function markAttendance(
  ctx: Ctx,
  sessionId: string,
  input: { personId: string; attended: boolean },
  baseUrl: string,
) {
  await runChange(
    ctx,
    async (tx) => {
      const { session } = await managedSession(tx, sessionId);
      const registration = await registrationOf(tx.db, sessionId, input.personId);
      if (registration?.status !== 'confirmed')
        throw invalidField('personId', 'has no seat in this session', 'unknownReference');
      if (input.attended) await attend(tx, session, registration, input.personId, baseUrl);
      else await undoAttendance(tx, session, registration, input.personId);
    },
    { lock: { table: 'event_sessions', id: sessionId } },
  );
}

const sameCode = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The QR code at the door: the signed-in person with a seat checks themselves in. */
export async function checkIn(ctx: Ctx, sessionId: string, code: string, baseUrl: string) {
  const personId = personIdOf(ctx.auth);
  await runChange(
    ctx,
    async (tx) => {
      const session = await lockedSession(tx, sessionId);
      if (!sameCode(session.checkin_code, code)) throw notFound('Event session');
      if (session.status !== 'scheduled' || !isCheckInWindow(session, tx.now()))
        throw closed('Check-in for this session is not open now.');
      const registration = await registrationOf(tx.db, sessionId, personId);
      if (registration?.status !== 'confirmed') throw closed('You have no seat in this session.');
      await attend(tx, session, registration, personId, baseUrl);
    },
    { lock: { table: 'event_sessions', id: sessionId } },
  );
}

/** After attending: the short feedback form (how was it, can I use it in my work, a comment). */
export async function giveFeedback(ctx: Ctx, sessionId: string, input: FeedbackInput) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const session = await findSession(tx.db, sessionId);
    if (!session) throw notFound('Event session');
    const registration = await registrationOf(tx.db, sessionId, personId);
    if (!registration) throw notFound('Event session');
    if (!registration.attended_at) throw closed('Feedback is for people who attended.');
    await saveFeedback(tx.db, {
      content_id: session.content_id,
      session_id: sessionId,
      person_id: personId,
      rating: input.rating,
      is_useful_for_work: input.isUsefulForWork,
      comment: input.comment ?? null,
    });
    tx.record({ action: 'event.feedback_given', subjectId: session.content_id, changes: { sessionId } });
  });
}
