import { randomBytes } from 'node:crypto';
import { calendarDateOf } from '../../core/calendar.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { commitEventCost, settleEventCost } from '../budgets/index.ts';
import {
  addContentItem,
  changePublicationStatus,
  contentHeadlines,
  enrol,
  itemForLearner,
  reviseContentItem,
} from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import './events.events.ts';
import { notifyAboutEvent, notifyAboutSession } from './events.notify.ts';
import {
  canManageEvent,
  canManageSession,
  isForPerson,
  isOpenForSignUp,
  needsManagerApproval,
} from './events.policy.ts';
import {
  budgetRequestOfSignUp,
  confirmedPeople,
  countConfirmed,
  decideApproval,
  findSession,
  firstWaiting,
  hasReports,
  insertApproval,
  insertSession,
  linkApprovalToBudget,
  lockApproval,
  lockSessionRow,
  markSessionCancelled,
  openApprovalOf,
  pendingRequest,
  registrationOf,
  type SessionColumns,
  type SessionRow,
  saveRegistration,
  saveSettings,
  seatsAndMine,
  setRegistrationStatus,
  settingsOf,
  signUpFacts,
  updateSession,
} from './events.repository.ts';
import type { CreateEventInput, EventChanges, SessionChanges, SessionInput } from './events.schemas.ts';

export const closed = (detail: string) => new AppError('conflict', detail);

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

export async function eventTitle(tx: OrgContext, contentId: string) {
  const item = (await contentHeadlines(tx.db, [contentId], tx.locale)).get(contentId);
  if (item?.kind !== 'event') throw notFound('Event');
  return item;
}

export async function lockedSession(tx: ChangeCtx<OrgContext>, id: string) {
  const session = await findSession(tx.db, id);
  if (!session) throw notFound('Event session');
  return session;
}

/** The session (already locked by the change) with the event's settings; the caller must organise it. */
export async function managedSession(tx: ChangeCtx<Ctx>, id: string) {
  const session = await lockedSession(tx, id);
  const settings = await settingsOf(tx.db, session.content_id);
  if (!canManageSession(tx.auth, session, settings)) throw forbidden();
  return { session, settings };
}

/** L&D organise every event; a manager only the events they made for their team. */
async function assertOrganises(tx: ChangeCtx<Ctx>, contentId: string) {
  await eventTitle(tx, contentId);
  const settings = await settingsOf(tx.db, contentId);
  if (!canManageEvent(tx.auth, settings)) throw forbidden();
  return settings;
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

/**
 * L&D create an event for everyone; a manager creates one for their own team (their direct reports).
 * A published catalogue item of kind event with its sessions; a cost means the manager approves sign-ups.
 */
export async function createEvent(ctx: Ctx, input: CreateEventInput) {
  const isOrganiser = can(ctx.auth, 'catalogue.manage');
  const me = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  if (!isOrganiser && !(me && (await hasReports(ctx.db, me)))) throw forbidden();
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
      serves: input.serves,
      isSubstantial: false,
    });
    await changePublicationStatus(tx, { table: 'content_items', id, status: 'published' });
    await saveSettings(tx.db, {
      content_id: id,
      cost_cents: input.costCents ?? null,
      needs_approval: input.needsApproval || (input.costCents ?? 0) > 0,
      team_manager_id: isOrganiser ? null : me,
    });
    for (const [index, session] of input.sessions.entries())
      await addSessionRow(tx, id, session, `sessions.${index}.`);
    tx.record({
      action: 'event.created',
      subjectId: id,
      changes: { title: input.title, forTeam: !isOrganiser },
    });
    return id;
  });
}

/** The organiser changes the event: title, summary (in one language), cost and approval, what it serves. */
export async function changeEvent(ctx: Ctx, id: string, input: EventChanges) {
  const changes = { ...input, language: input.language ?? ctx.locale };
  await runChange(
    ctx,
    async (tx) => {
      const settings = await assertOrganises(tx, id);
      const loaded = await itemForLearner(tx.db, tx.auth, id, changes.language);
      const versions = loaded.versions.map((version) => ({
        language: version.language,
        title: version.title,
        summary: version.summary ?? '',
        bodyHtml: '',
        fileId: null,
        captionsFileId: null,
        externalUrl: null,
        questions: [],
      }));
      const current = versions.find((v) => v.language === changes.language);
      const target = current ?? { ...versions[0]!, language: changes.language };
      if (changes.title !== undefined) target.title = changes.title;
      if (changes.summary !== undefined) target.summary = changes.summary;
      if (!current) versions.push(target);
      await reviseContentItem(tx, id, {
        kind: 'event',
        durationMinutes: loaded.item.duration_minutes,
        passMark: null,
        shuffleQuestions: false,
        maxAttempts: null,
        versions,
        topics: loaded.topics,
        serves: changes.serves ?? loaded.serves.map(({ kind, id: refId }) => ({ kind, id: refId })),
        isSubstantial: false,
      });
      const costCents = changes.costCents === undefined ? (settings?.cost_cents ?? null) : changes.costCents;
      const needsApproval = changes.needsApproval ?? settings?.needs_approval ?? false;
      await saveSettings(tx.db, {
        content_id: id,
        cost_cents: costCents,
        needs_approval: needsApproval || (costCents ?? 0) > 0,
        team_manager_id: settings?.team_manager_id ?? null,
      });
      tx.record({ action: 'event.changed', subjectId: id, changes: { title: changes.title } });
    },
    { lock: { table: 'content_items', id } },
  );
}

export async function addSession(ctx: Ctx, contentId: string, input: SessionInput) {
  return runChange(ctx, async (tx) => {
    await assertOrganises(tx, contentId);
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
      const { session } = await managedSession(tx, id);
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
      const { session } = await managedSession(tx, id);
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
 * I sign up. Everything that does not depend on the seats happens first (the event's settings, the
 * team rule, the enrolment on "Mijn leren"); then the session row is locked and, in a fresh statement,
 * the seats are counted, so sign-ups for one session take turns only for the part that must: of two
 * for the last seat, one gets it and the other is first on the waitlist. An event that costs budget
 * asks the manager first (the sign-up waits in their approvals).
 */
export async function signUp(ctx: Ctx, sessionId: string, baseUrl = '') {
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const facts = await signUpFacts(tx.db, sessionId, personId);
    if (!facts) throw notFound('Event session');
    if (!isForPerson(facts, personId, facts.manager_id)) throw forbidden('This event is for another team.');
    if (needsManagerApproval(facts, facts.manager_id) && facts.manager_id !== personId)
      return askManager(tx, facts, personId, baseUrl);
    return takeSeat(tx, { sessionId, contentId: facts.content_id, personId });
  });
}

/** Under the session lock: a seat while there is one, else the waitlist (signing up twice changes nothing). */
async function takeSeat(
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

/** A sign-up for an event that costs budget: a request to the manager, who is told. */
async function askManager(
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
    await lockSessionRow(tx.db, seen.session_id);
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
          sessionId: request.session_id,
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

/** I cancel: my seat goes to the first on the waitlist, who is told. */
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
      await setRegistrationStatus(tx.db, registration.id, 'cancelled', tx.now());
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
