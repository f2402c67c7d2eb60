import { randomBytes, timingSafeEqual } from 'node:crypto';
import { calendarDateOf } from '../../core/calendar.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import {
  addContentItem,
  completeContent,
  contentHeadlines,
  enrol,
  ensureProgress,
  setPublicationStatus,
} from '../catalogue/index.ts';
import { recordStatement } from '../learning-record/index.ts';
import { bookLearningTime } from '../learning-time/index.ts';
import './events.events.ts';
import { notifyAboutSession } from './events.notify.ts';
import { canManageSession, isCheckInWindow, isOpenForSignUp } from './events.policy.ts';
import {
  confirmedPeople,
  countConfirmed,
  findSession,
  firstWaiting,
  insertSession,
  markSessionCancelled,
  registrationOf,
  type SessionColumns,
  type SessionRow,
  saveRegistration,
  setAttended,
  setRegistrationStatus,
  updateSession,
} from './events.repository.ts';
import type { CreateEventInput, SessionChanges, SessionInput } from './events.schemas.ts';

const closed = (detail: string) => new AppError('conflict', detail);

function sessionColumns(input: SessionInput, field = ''): SessionColumns {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw invalidField(`${field}endsAt`, 'must be after the start', 'afterStart');
  if (endsAt.getTime() - startsAt.getTime() > 24 * 3_600_000)
    throw invalidField(`${field}endsAt`, 'a session lasts at most 24 hours', 'tooLong');
  if (!input.location && !input.onlineUrl)
    throw invalidField(`${field}location`, 'give a place or an online link', 'required');
  const deadline = input.signupDeadline ? new Date(input.signupDeadline) : null;
  if (deadline && deadline > startsAt)
    throw invalidField(`${field}signupDeadline`, 'must be before the start', 'beforeStart');
  return {
    starts_at: startsAt,
    ends_at: endsAt,
    location: input.location ?? null,
    online_url: input.onlineUrl ?? null,
    trainer_id: input.trainerId ?? null,
    trainer_name: input.trainerName ?? null,
    seats: input.seats,
    signup_deadline: deadline,
  };
}

async function eventTitle(tx: OrgContext, contentId: string) {
  const item = (await contentHeadlines(tx.db, [contentId], tx.locale)).get(contentId);
  if (item?.kind !== 'event') throw notFound('Event');
  return item;
}

async function lockedSession(tx: ChangeCtx<OrgContext>, id: string) {
  const session = await findSession(tx.db, id);
  if (!session) throw notFound('Event session');
  return session;
}

async function addSessionRow(tx: ChangeCtx<Ctx>, contentId: string, input: SessionInput, field = '') {
  const { id } = await insertSession(tx.db, {
    ...sessionColumns(input, field),
    content_id: contentId,
    checkin_code: randomBytes(18).toString('base64url'),
    created_by: tx.auth.kind === 'person' ? tx.auth.personId : null,
  });
  tx.record({ action: 'event.session_added', subjectId: contentId, changes: { sessionId: id } });
  return id;
}

/** L&D creates an event: a published catalogue item of kind event with its sessions. */
export async function createEvent(ctx: Ctx, input: CreateEventInput) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const { id } = await addContentItem(tx, {
      kind: 'event',
      durationMinutes: input.durationMinutes ?? null,
      passMark: null,
      shuffleQuestions: false,
      maxAttempts: null,
      versions: [
        {
          language: input.language,
          title: input.title,
          summary: input.summary,
          bodyHtml: '',
          fileId: null,
          captionsFileId: null,
          externalUrl: null,
          questions: [],
        },
      ],
      topics: [],
      serves: [],
      isSubstantial: false,
    });
    await setPublicationStatus(tx, { table: 'content_items', id, status: 'published' });
    for (const [index, session] of input.sessions.entries())
      await addSessionRow(tx, id, session, `sessions.${index}.`);
    tx.record({ action: 'event.created', subjectId: id, changes: { title: input.title } });
    return id;
  });
}

export async function addSession(ctx: Ctx, contentId: string, input: SessionInput) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    await eventTitle(tx, contentId);
    return addSessionRow(tx, contentId, input);
  });
}

/** Confirms the first on the waitlist while seats are free; each promoted person is told. */
async function promoteWaiting(tx: ChangeCtx<OrgContext>, session: SessionRow, baseUrl: string) {
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

/** Time, place or seats change: SEQUENCE goes up, everyone registered gets the updated invitation. */
export async function changeSession(ctx: Ctx, id: string, changes: SessionChanges, baseUrl: string) {
  await runChange(
    ctx,
    async (tx) => {
      const session = await lockedSession(tx, id);
      if (!canManageSession(tx.auth, session)) throw forbidden();
      if (session.status === 'cancelled') throw closed('This session is cancelled.');
      const merged: SessionInput = {
        startsAt: changes.startsAt ?? session.starts_at.toISOString(),
        endsAt: changes.endsAt ?? session.ends_at.toISOString(),
        location: changes.location === undefined ? session.location : changes.location,
        onlineUrl: changes.onlineUrl === undefined ? session.online_url : changes.onlineUrl,
        trainerId: changes.trainerId === undefined ? session.trainer_id : changes.trainerId,
        trainerName: changes.trainerName === undefined ? session.trainer_name : changes.trainerName,
        seats: changes.seats ?? session.seats,
        signupDeadline:
          changes.signupDeadline === undefined
            ? (session.signup_deadline?.toISOString() ?? null)
            : changes.signupDeadline,
      };
      const columns = sessionColumns(merged);
      await updateSession(tx.db, id, columns, tx.now());
      tx.record({
        action: 'event.session_changed',
        subjectId: session.content_id,
        changes: { sessionId: id },
      });
      const updated = (await findSession(tx.db, id))!;
      const { title } = await eventTitle(tx, session.content_id);
      const isMoved =
        columns.starts_at.getTime() !== session.starts_at.getTime() ||
        columns.ends_at.getTime() !== session.ends_at.getTime() ||
        columns.location !== session.location ||
        columns.online_url !== session.online_url;
      if (isMoved)
        for (const person of await confirmedPeople(tx.db, id))
          if (person.status === 'confirmed')
            await notifyAboutSession(tx.db, person.person_id, 'event_session_changed', updated, {
              title,
              baseUrl,
              timeZone: tx.timeZone,
            });
      await promoteWaiting(tx, updated, baseUrl);
    },
    { lock: { table: 'event_sessions', id } },
  );
}

/** A cancelled session: SEQUENCE up, STATUS:CANCELLED, everyone registered is told. */
export async function cancelSession(ctx: Ctx, id: string, baseUrl: string) {
  await runChange(
    ctx,
    async (tx) => {
      const session = await lockedSession(tx, id);
      if (!canManageSession(tx.auth, session)) throw forbidden();
      if (session.status === 'cancelled') return;
      await markSessionCancelled(tx.db, id, tx.now());
      tx.record({
        action: 'event.session_cancelled',
        subjectId: session.content_id,
        changes: { sessionId: id },
      });
      const { title } = await eventTitle(tx, session.content_id);
      for (const person of await confirmedPeople(tx.db, id))
        await notifyAboutSession(tx.db, person.person_id, 'event_session_cancelled', session, {
          title,
          baseUrl,
          timeZone: tx.timeZone,
        });
    },
    { lock: { table: 'event_sessions', id } },
  );
}

/**
 * I sign up. The session row is locked while the seats are counted, so sign-ups for one session take
 * turns: of two for the last seat, one gets it and the other is first on the waitlist.
 */
export async function signUp(ctx: Ctx, sessionId: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  return runChange(
    ctx,
    async (tx) => {
      const session = await lockedSession(tx, sessionId);
      await eventTitle(tx, session.content_id);
      const existing = await registrationOf(tx.db, sessionId, personId);
      if (existing && existing.status !== 'cancelled') return existing.status;
      if (!isOpenForSignUp(session, tx.now())) throw closed('Sign-up for this session is closed.');
      const confirmed = await countConfirmed(tx.db, sessionId);
      const status = confirmed < session.seats ? 'confirmed' : 'waitlisted';
      await saveRegistration(tx.db, { session_id: sessionId, person_id: personId, status });
      await enrol(tx.db.executor, tx.organisationId, personId, { type: 'content', id: session.content_id });
      tx.record({
        action: status === 'confirmed' ? 'event.signed_up' : 'event.waitlisted',
        subjectId: session.content_id,
        changes: { sessionId },
      });
      return status;
    },
    { lock: { table: 'event_sessions', id: sessionId } },
  );
}

/** I cancel: my seat goes to the first on the waitlist, who is told. */
export async function cancelRegistration(ctx: Ctx, sessionId: string, baseUrl: string) {
  const personId = personIdOf(ctx.auth);
  await runChange(
    ctx,
    async (tx) => {
      const session = await lockedSession(tx, sessionId);
      const registration = await registrationOf(tx.db, sessionId, personId);
      if (!registration || registration.status === 'cancelled') throw notFound('Registration');
      if (registration.attended_at) throw closed('You attended this session.');
      await setRegistrationStatus(tx.db, registration.id, 'cancelled', tx.now());
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
  tx.record({
    action: 'event.attended',
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
      const session = await lockedSession(tx, sessionId);
      if (!canManageSession(tx.auth, session)) throw forbidden();
      const registration = await registrationOf(tx.db, sessionId, input.personId);
      if (registration?.status !== 'confirmed')
        throw invalidField('personId', 'has no seat in this session', 'unknownReference');
      if (input.attended) await attend(tx, session, registration, input.personId, baseUrl);
      else if (registration.attended_at) {
        await setAttended(tx.db, registration.id, null, null);
        tx.record({
          action: 'event.attendance_undone',
          subjectId: session.content_id,
          changes: { sessionId },
        });
      }
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
