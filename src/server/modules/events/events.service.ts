import { randomBytes } from 'node:crypto';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { forbidden, invalidField } from '../../http/errors.ts';
import { can } from '../access/index.ts';
import {
  addContentItem,
  changePublicationStatus,
  itemForLearner,
  reviseContentItem,
} from '../catalogue/index.ts';
import './events.events.ts';
import { closed, eventTitle, managedSession } from './events.lookup.ts';
import { notifyAboutSession } from './events.notify.ts';
import { canManageEvent } from './events.policy.ts';
import { confirmedPeople } from './events.registrations.repository.ts';
import {
  findSession,
  hasReports,
  insertSession,
  markSessionCancelled,
  type SessionColumns,
  saveSettings,
  settingsOf,
  updateSession,
} from './events.repository.ts';
import type { CreateEventInput, EventChanges, SessionChanges, SessionInput } from './events.schemas.ts';
import { fitSeats } from './events.seats.repository.ts';
import { promoteWaiting } from './events.seats.ts';

// Organising events: the event itself, its sessions, changing and cancelling them.

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
  await fitSeats(tx.db, id);
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
      await fitSeats(tx.db, id);
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
