import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { contentHeadlines, itemForLearner } from '../catalogue/index.ts';
import type { CalendarSession } from '../learning-time/index.ts';
import { displayName } from '../people/index.ts';
import { sessionInvitation } from './events.ics.ts';
import { eventUrl } from './events.notify.ts';
import { canManageSession, isOpenForSignUp } from './events.policy.ts';
import {
  attendeesOf,
  findSession,
  myRegistrations,
  noShowsOfReports,
  registrationOf,
  type SessionRow,
  seatsOf,
  sessionsOfEvent,
  sessionsWithCounts,
  upcomingSessions,
  waitlistPosition,
} from './events.repository.ts';

type Mine = {
  session_id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  signed_up_at: Date;
  attended_at: Date | null;
};

async function presentSessions(ctx: Ctx, rows: SessionRow[], titles: Map<string, string>) {
  const personId = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  const mine = personId
    ? ((await myRegistrations(
        ctx.db,
        personId,
        rows.map((r) => r.id),
      )) as Mine[])
    : [];
  const mineBySession = new Map(mine.map((m) => [m.session_id, m]));
  return Promise.all(
    rows.map(async (row) => {
      const my = mineBySession.get(row.id);
      const trainerName =
        row.trainer_given_name && row.trainer_family_name
          ? displayName({
              given_name: row.trainer_given_name,
              family_name_prefix: row.trainer_family_name_prefix,
              family_name: row.trainer_family_name,
            })
          : row.trainer_name;
      return {
        id: row.id,
        eventId: row.content_id,
        title: titles.get(row.content_id) ?? '',
        startsAt: row.starts_at.toISOString(),
        endsAt: row.ends_at.toISOString(),
        location: row.location,
        onlineUrl: row.online_url,
        trainer: trainerName ? { id: row.trainer_id, name: trainerName } : null,
        seats: row.seats,
        seatsTaken: row.confirmed,
        waitlistLength: row.waitlisted,
        signupDeadline: row.signup_deadline?.toISOString() ?? null,
        isCancelled: row.status === 'cancelled',
        isOpen: isOpenForSignUp(row, ctx.now()),
        myRegistration: my
          ? {
              status: my.status,
              waitlistPosition:
                my.status === 'waitlisted' ? await waitlistPosition(ctx.db, row.id, personId!) : null,
              attendedAt: my.attended_at?.toISOString() ?? null,
            }
          : null,
        canManage: canManageSession(ctx.auth, row),
      };
    }),
  );
}

/** One event with its sessions and my place in each. */
export async function eventView(ctx: Ctx, contentId: string) {
  const item = await itemForLearner(ctx.db, ctx.auth, contentId, ctx.locale);
  if (item.item.kind !== 'event') throw notFound('Event');
  const rows = await sessionsOfEvent(ctx.db, contentId);
  return {
    id: contentId,
    title: item.version.title,
    summary: item.version.summary ?? '',
    sessions: await presentSessions(ctx, rows, new Map([[contentId, item.version.title]])),
  };
}

/** Upcoming events (published ones; L&D see drafts too), each with its coming sessions. */
export async function upcomingEvents(ctx: Ctx) {
  const rows = await upcomingSessions(ctx.db, ctx.now(), 300);
  const headlines = await contentHeadlines(ctx.db, [...new Set(rows.map((r) => r.content_id))], ctx.locale);
  const visible = rows.filter((row) => {
    const item = headlines.get(row.content_id);
    return (
      item && item.kind === 'event' && (item.status === 'published' || can(ctx.auth, 'catalogue.manage'))
    );
  });
  const titles = new Map([...headlines].map(([id, h]) => [id, h.title]));
  const sessions = await presentSessions(ctx, visible, titles);
  const events = new Map<string, { id: string; title: string; summary: string; sessions: typeof sessions }>();
  for (const session of sessions) {
    const event = events.get(session.eventId) ?? {
      id: session.eventId,
      title: session.title,
      summary: '',
      sessions: [],
    };
    event.sessions.push(session);
    events.set(session.eventId, event);
  }
  return [...events.values()];
}

async function managedSession(ctx: Ctx, sessionId: string) {
  const session = await findSession(ctx.db, sessionId);
  if (!session) throw notFound('Event session');
  if (!canManageSession(ctx.auth, session)) throw forbidden();
  return session;
}

/** The trainer's attendance list with the door's check-in address; no-shows once it is over. */
export async function attendance(ctx: Ctx, sessionId: string, baseUrl: string) {
  const session = await managedSession(ctx, sessionId);
  const title =
    (await contentHeadlines(ctx.db, [session.content_id], ctx.locale)).get(session.content_id)?.title ?? '';
  const [presented] = await presentSessions(ctx, [session], new Map([[session.content_id, title]]));
  const isOver = session.ends_at < ctx.now();
  return {
    session: presented!,
    checkInUrl: `${baseUrl}/workshops/check-in/${session.id}?code=${session.checkin_code}`,
    attendees: (await attendeesOf(ctx.db, sessionId)).map((row) => ({
      registrationId: row.id,
      person: { id: row.person_id, displayName: displayName(row) },
      status: row.status as 'confirmed' | 'waitlisted',
      signedUpAt: row.signed_up_at.toISOString(),
      attendedAt: row.attended_at?.toISOString() ?? null,
      isNoShow: isOver && row.status === 'confirmed' && !row.attended_at && session.status === 'scheduled',
    })),
  };
}

/** A manager sees their reports' no-shows (which session, not why). */
export async function teamNoShows(ctx: Ctx) {
  const rows = await noShowsOfReports(ctx.db, personIdOf(ctx.auth), ctx.now());
  const titles = await contentHeadlines(ctx.db, [...new Set(rows.map((r) => r.content_id))], ctx.locale);
  return rows.map((row) => ({
    person: { id: row.person_id, displayName: displayName(row) },
    sessionId: row.session_id,
    title: titles.get(row.content_id)?.title ?? '',
    startsAt: row.starts_at.toISOString(),
  }));
}

/** The session's invitation for me (or for the organiser): same UID always, SEQUENCE of its changes. */
export async function invitation(ctx: Ctx, sessionId: string, baseUrl: string) {
  const session = await findSession(ctx.db, sessionId);
  if (!session) throw notFound('Event session');
  const registration =
    ctx.auth.kind === 'person' ? await registrationOf(ctx.db, sessionId, ctx.auth.personId) : undefined;
  if (!registration && !canManageSession(ctx.auth, session)) throw notFound('Event session');
  const item = (await contentHeadlines(ctx.db, [session.content_id], ctx.locale)).get(session.content_id);
  return sessionInvitation({
    id: session.id,
    title: item?.title ?? '',
    summary: '',
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    location: session.location,
    onlineUrl: session.online_url,
    sequence: session.sequence,
    isCancelled: session.status === 'cancelled' || registration?.status === 'cancelled',
    url: eventUrl(baseUrl, session.content_id),
    stampedAt: ctx.now(),
  });
}

/** The calendar-feed port for learning time: the sessions a person has a seat in. */
export async function calendarSessionsOf(
  tenant: TenantDb,
  personId: string,
  since: Date,
): Promise<CalendarSession[]> {
  const rows = await seatsOf(tenant, personId, since);
  const titles = await contentHeadlines(tenant, [...new Set(rows.map((r) => r.content_id))], 'nl');
  return rows.map((row) => ({
    id: row.id,
    title: titles.get(row.content_id)?.title ?? '',
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    onlineUrl: row.online_url,
    sequence: row.sequence,
    isCancelled: row.status === 'cancelled',
  }));
}

/**
 * Sessions by id with my place in each and their iCalendar SEQUENCE (programmes compose their
 * sessions from these; ids of another organisation are simply not found).
 */
export async function sessionsById(ctx: Ctx, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  const rows = await sessionsWithCounts(ctx.db)
    .where('event_sessions.id', 'in', [...sessionIds])
    .orderBy('event_sessions.starts_at')
    .execute();
  const titles = await contentHeadlines(ctx.db, [...new Set(rows.map((r) => r.content_id))], ctx.locale);
  const presented = await presentSessions(ctx, rows, new Map([...titles].map(([id, h]) => [id, h.title])));
  return presented.map((session, index) => ({ ...session, sequence: rows[index]!.sequence }));
}
