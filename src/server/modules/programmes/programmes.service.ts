import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { cancelRegistration, createEvent, eventView, signUp } from '../events/index.ts';
import { fileHeadlines } from '../files/index.ts';
import './programmes.events.ts';
import { canManageProgrammes, canSeeProgramme } from './programmes.policy.ts';
import { myScheduleClashes } from './programmes.read.ts';
import {
  deleteMaterial,
  findProgramme,
  findProgrammeSession,
  insertMaterial,
  insertProgramme,
  insertProgrammeSession,
  insertTrack,
  personExists,
  tracksOf,
  updateProgramme as updateProgrammeRow,
} from './programmes.repository.ts';
import type {
  CreateProgrammeInput,
  MaterialInput,
  ProgrammeSessionInput,
  UpdateProgrammeInput,
} from './programmes.schemas.ts';

const MAX_DAYS = 31;

function checkPeriod(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw invalidField('endsOn', 'must be on or after the first day', 'afterStart');
  const days = (Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000;
  if (days > MAX_DAYS) throw invalidField('endsOn', `a programme lasts at most ${MAX_DAYS} days`, 'tooLong');
}

function assertManager(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.manage');
}

/** The programme for a change: another organisation's or (for non-L&D) a draft is not found. */
async function programmeFor(tx: ChangeCtx<Ctx>, id: string) {
  const programme = await findProgramme(tx.db, id);
  if (!programme || !canSeeProgramme(tx.auth, programme)) throw notFound('Programme');
  return programme;
}

/** L&D build a programme: a period (at most a month) and its tracks; a draft until published. */
export async function createProgramme(ctx: Ctx, input: CreateProgrammeInput) {
  assertManager(ctx);
  checkPeriod(input.startsOn, input.endsOn);
  return runChange(ctx, async (tx) => {
    const { id } = await insertProgramme(tx.db, {
      title: input.title,
      summary: input.summary,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      created_by: tx.auth.kind === 'person' ? tx.auth.personId : null,
    });
    for (const [position, name] of [...new Set(input.tracks)].entries())
      await insertTrack(tx.db, { programme_id: id, name, position });
    tx.record({ action: 'programme.created', subjectId: id, changes: { title: input.title } });
    return id;
  });
}

export async function updateProgramme(ctx: Ctx, id: string, changes: UpdateProgrammeInput) {
  await runChange(
    ctx,
    async (tx) => {
      const programme = await programmeFor(tx, id);
      if (!canManageProgrammes(tx.auth)) throw forbidden();
      checkPeriod(changes.startsOn ?? programme.starts_on, changes.endsOn ?? programme.ends_on);
      await updateProgrammeRow(
        tx.db,
        id,
        {
          title: changes.title,
          summary: changes.summary,
          starts_on: changes.startsOn,
          ends_on: changes.endsOn,
          status: changes.status,
          recap_note: changes.recapNote,
        },
        tx.now(),
      );
      tx.record({ action: 'programme.changed', subjectId: id, changes: { ...changes } });
    },
    { lock: { table: 'programmes', id } },
  );
}

export async function addTrack(ctx: Ctx, id: string, input: { name: string }) {
  return runChange(
    ctx,
    async (tx) => {
      await programmeFor(tx, id);
      if (!canManageProgrammes(tx.auth)) throw forbidden();
      const tracks = await tracksOf(tx.db, id);
      if (tracks.length >= 12) throw invalidField('name', 'a programme has at most 12 tracks', 'tooMany');
      const created = await insertTrack(tx.db, {
        programme_id: id,
        name: input.name,
        position: tracks.length,
      });
      if (!created) throw invalidField('name', 'this programme already has a track with this name', 'taken');
      tx.record({ action: 'programme.track_added', subjectId: id, changes: { name: input.name } });
      return created.id;
    },
    { lock: { table: 'programmes', id } },
  );
}

/**
 * A programme session is a workshop of its own (a catalogue item of kind event with one session), so
 * seats, waitlist, invitation and attendance are the events module's; the programme adds track,
 * format and speakers. It must fall within the programme's period (in the organisation's time zone).
 */
export async function addProgrammeSession(ctx: Ctx, id: string, input: ProgrammeSessionInput) {
  return runChange(
    ctx,
    async (tx) => {
      const programme = await programmeFor(tx, id);
      if (!canManageProgrammes(tx.auth)) throw forbidden();
      const tracks = await tracksOf(tx.db, id);
      if (!tracks.some((track) => track.id === input.trackId))
        throw invalidField('trackId', 'no such track in this programme', 'unknownReference');
      const startsAt = new Date(input.startsAt);
      const endsAt = new Date(input.endsAt);
      if (endsAt <= startsAt) throw invalidField('endsAt', 'must be after the start', 'afterStart');
      if (endsAt.getTime() - startsAt.getTime() > 24 * 3_600_000)
        throw invalidField('endsAt', 'a session lasts at most 24 hours', 'tooLong');
      if (!input.location && !input.onlineUrl)
        throw invalidField('location', 'give a place or an online link', 'required');
      const day = startsAt.toLocaleDateString('sv-SE', { timeZone: tx.timeZone });
      if (day < programme.starts_on || day > programme.ends_on)
        throw invalidField('startsAt', 'must fall within the programme’s period', 'outOfPeriod');
      for (const [index, speaker] of input.speakers.entries())
        if (speaker.personId && !(await personExists(tx.db, speaker.personId)))
          throw invalidField(`speakers.${index}.personId`, 'no such person', 'unknownReference');
      const internal = input.speakers.find((speaker) => speaker.kind === 'internal' && speaker.personId);
      const eventId = await createEvent(tx, {
        language: input.language,
        title: input.title,
        summary: input.summary,
        needsApproval: false,
        serves: [],
        durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
        sessions: [
          {
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            location: input.location ?? null,
            onlineUrl: input.onlineUrl ?? null,
            trainerId: internal?.personId ?? null,
            trainerName: internal ? null : (input.speakers[0]?.name ?? null),
            seats: input.seats,
          },
        ],
      });
      const event = await eventView(tx, eventId);
      const { id: sessionId } = await insertProgrammeSession(tx.db, {
        programme_id: id,
        track_id: input.trackId,
        event_session_id: event.sessions[0]!.id,
        format: input.format,
        summary: input.summary,
        speakers: input.speakers.map((speaker) => ({
          name: speaker.name,
          kind: speaker.kind,
          personId: speaker.personId ?? null,
          affiliation: speaker.affiliation ?? null,
        })),
      });
      tx.record({
        action: 'programme.session_added',
        subjectId: id,
        changes: { sessionId, eventId, title: input.title },
      });
      return sessionId;
    },
    { lock: { table: 'programmes', id } },
  );
}

async function visibleSession(ctx: Ctx, id: string, sessionId: string) {
  const programme = await findProgramme(ctx.db, id);
  if (!programme || !canSeeProgramme(ctx.auth, programme)) throw notFound('Programme');
  const session = await findProgrammeSession(ctx.db, id, sessionId);
  if (!session) throw notFound('Programme session');
  return session;
}

/**
 * I add a session to my schedule: a seat through the events module (or a waitlist place when full).
 * Overlap with my other sessions is a warning, not a refusal: the answer names the sessions it clashes with.
 */
export async function joinSession(ctx: Ctx, id: string, sessionId: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const session = await visibleSession(ctx, id, sessionId);
  const status = (await signUp(ctx, session.event_session_id)) as 'confirmed' | 'waitlisted' | 'cancelled';
  if (status === 'cancelled') throw new AppError('conflict', 'Sign-up for this session is closed.');
  const clashes = await myScheduleClashes(ctx, id);
  return { status, clashesWith: clashes.get(sessionId) ?? [] };
}

/** I take a session out of my schedule: my seat goes to the first on its waitlist. */
export async function leaveSession(ctx: Ctx, id: string, sessionId: string, baseUrl: string) {
  const session = await visibleSession(ctx, id, sessionId);
  await cancelRegistration(ctx, session.event_session_id, baseUrl);
}

/**
 * A recording or material for the recap, for the programme or one of its sessions: a link, or a file
 * uploaded to the organisation's storage (which the recap plays in place when it is video or audio).
 */
export async function addMaterial(ctx: Ctx, id: string, input: MaterialInput) {
  return runChange(
    ctx,
    async (tx) => {
      await programmeFor(tx, id);
      if (!canManageProgrammes(tx.auth)) throw forbidden();
      if (input.sessionId && !(await findProgrammeSession(tx.db, id, input.sessionId)))
        throw invalidField('sessionId', 'no such session in this programme', 'unknownReference');
      if (Boolean(input.url) === Boolean(input.fileId))
        throw invalidField(
          input.url ? 'fileId' : 'url',
          'give either a link (url) or an uploaded file (fileId)',
        );
      if (input.fileId && !(await fileHeadlines(tx.db, [input.fileId])).has(input.fileId))
        throw invalidField('fileId', 'no such file in this organisation', 'unknownReference');
      const { id: materialId } = await insertMaterial(tx.db, {
        programme_id: id,
        programme_session_id: input.sessionId ?? null,
        kind: input.kind,
        title: input.title,
        url: input.url ?? null,
        file_id: input.fileId ?? null,
      });
      tx.record({
        action: 'programme.material_added',
        subjectId: id,
        changes: { materialId, kind: input.kind, title: input.title },
      });
      return materialId;
    },
    { lock: { table: 'programmes', id } },
  );
}

export async function removeMaterial(ctx: Ctx, id: string, materialId: string) {
  await runChange(
    ctx,
    async (tx) => {
      await programmeFor(tx, id);
      if (!canManageProgrammes(tx.auth)) throw forbidden();
      const removed = await deleteMaterial(tx.db, id, materialId);
      if (!removed.numDeletedRows) throw notFound('Material');
      tx.record({ action: 'programme.material_removed', subjectId: id, changes: { materialId } });
    },
    { lock: { table: 'programmes', id } },
  );
}
