import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { sessionsById } from '../events/index.ts';
import { fileHeadlines } from '../files/index.ts';
import { clashesWithSchedule } from './programmes.clash.ts';
import { scheduleCalendar } from './programmes.ics.ts';
import { canManageProgrammes, canSeeProgramme, isOver } from './programmes.policy.ts';
import {
  findProgramme,
  listProgrammes,
  materialsOf,
  type ProgrammeRow,
  sessionsOf,
  tracksOf,
} from './programmes.repository.ts';

const summaryOf = (row: ProgrammeRow, today: string) => ({
  id: row.id,
  title: row.title,
  summary: row.summary,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  status: row.status as 'draft' | 'published',
  sessionCount: row.session_count,
  isOver: isOver(row, today),
});

/** Published programmes for everyone in the organisation; L&D see drafts too. */
export async function programmes(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.read');
  const rows = await listProgrammes(ctx.db, canManageProgrammes(ctx.auth));
  const today = ctx.today();
  return rows.map((row) => summaryOf(row, today));
}

async function visibleProgramme(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'catalogue.read');
  const row = await findProgramme(ctx.db, id);
  if (!row || !canSeeProgramme(ctx.auth, row)) throw notFound('Programme');
  return row;
}

/** The programme's sessions, each with its events session (seats, my place) and the programme's own fields. */
async function composedSessions(ctx: Ctx, programmeId: string) {
  const rows = await sessionsOf(ctx.db, programmeId);
  const events = new Map(
    (
      await sessionsById(
        ctx,
        rows.map((row) => row.event_session_id),
      )
    ).map((s) => [s.id, s]),
  );
  return rows
    .filter((row) => events.has(row.event_session_id))
    .map((row) => ({ row, event: events.get(row.event_session_id)! }))
    .sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt) || a.row.id.localeCompare(b.row.id));
}

type Composed = Awaited<ReturnType<typeof composedSessions>>[number];

const isInSchedule = ({ event }: Composed) =>
  !event.isCancelled &&
  (event.myRegistration?.status === 'confirmed' || event.myRegistration?.status === 'waitlisted');

function clashesOf(sessions: Composed[]) {
  const timed = sessions.map(({ row, event }) => ({
    id: row.id,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
  }));
  const schedule = timed.filter((_, index) => isInSchedule(sessions[index]!));
  return clashesWithSchedule(timed, schedule);
}

/** The clashes of my schedule in one programme, by programme session (for the join answer). */
export async function myScheduleClashes(ctx: Ctx, programmeId: string) {
  return clashesOf(await composedSessions(ctx, programmeId));
}

/** The programme page: tracks, sessions with capacity and my place, clash warnings, the recap. */
export async function programmeView(ctx: Ctx, id: string) {
  const row = await visibleProgramme(ctx, id);
  const [tracks, sessions, materials] = await Promise.all([
    tracksOf(ctx.db, id),
    composedSessions(ctx, id),
    materialsOf(ctx.db, id),
  ]);
  const files = await fileHeadlines(
    ctx.db,
    materials.flatMap((material) => (material.file_id ? [material.file_id] : [])),
  );
  const clashes = clashesOf(sessions);
  const inSchedule = new Set(sessions.filter(isInSchedule).map(({ row }) => row.id));
  let clashCount = 0;
  for (const [sessionId, others] of clashes) if (inSchedule.has(sessionId)) clashCount += others.length;
  return {
    ...summaryOf(row, ctx.today()),
    recapNote: row.recap_note,
    canManage: canManageProgrammes(ctx.auth),
    tracks: tracks.map((track) => ({ id: track.id, name: track.name })),
    sessions: sessions.map(({ row: session, event }) => ({
      id: session.id,
      eventSessionId: event.id,
      eventId: event.eventId,
      trackId: session.track_id,
      format: session.format as 'talk' | 'panel' | 'workshop',
      title: event.title,
      summary: session.summary,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      location: event.location,
      onlineUrl: event.onlineUrl,
      speakers: session.speakers,
      seats: event.seats,
      seatsTaken: event.seatsTaken,
      waitlistLength: event.waitlistLength,
      isCancelled: event.isCancelled,
      isOpen: event.isOpen,
      myRegistration: event.myRegistration
        ? { status: event.myRegistration.status, waitlistPosition: event.myRegistration.waitlistPosition }
        : null,
      inMySchedule: inSchedule.has(session.id),
      clashesWith: clashes.get(session.id) ?? [],
    })),
    materials: materials.map((material) => materialView(material, files)),
    clashCount: clashCount / 2,
  };
}

/** "Add my schedule to my calendar": my sessions of this programme as an iCalendar file. */
export async function myScheduleCalendar(ctx: Ctx, id: string, baseUrl: string) {
  const row = await visibleProgramme(ctx, id);
  const sessions = (await composedSessions(ctx, id)).filter(
    ({ event }) => event.myRegistration && event.myRegistration.status !== 'cancelled',
  );
  return scheduleCalendar(
    { title: row.title },
    sessions.map(({ row: session, event }) => ({
      eventSessionId: event.id,
      title: event.title,
      description: session.summary,
      startsAt: new Date(event.startsAt),
      endsAt: new Date(event.endsAt),
      location: event.location,
      onlineUrl: event.onlineUrl,
      sequence: event.sequence,
      isCancelled: event.isCancelled,
      url: `${baseUrl}/programmes/${id}`,
    })),
    ctx.now(),
  );
}

/**
 * A link as it is; an uploaded file by the app's own address, which serves it with Range (so a player
 * can seek) from local disk or S3 alike. Video and audio say so: the recap plays them in place.
 */
function materialView(
  material: Awaited<ReturnType<typeof materialsOf>>[number],
  files: Awaited<ReturnType<typeof fileHeadlines>>,
) {
  const file = material.file_id ? files.get(material.file_id) : undefined;
  const contentType = file?.contentType ?? null;
  const media = contentType?.match(/^(video|audio)\//)?.[1] as 'video' | 'audio' | undefined;
  return {
    id: material.id,
    sessionId: material.programme_session_id,
    kind: material.kind as 'recording' | 'material',
    title: material.title,
    url: material.file_id ? `/api/v1/files/${material.file_id}` : (material.url ?? ''),
    fileId: material.file_id,
    contentType,
    media: media ?? null,
  };
}
