import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { contentHeadlines, itemForLearner } from '../catalogue/index.ts';
import type { CalendarSession } from '../learning-time/index.ts';
import { displayName } from '../people/index.ts';
import { myApprovals, pendingApprovalsFor } from './events.approvals.repository.ts';
import { feedbackOf, myFeedback } from './events.feedback.repository.ts';
import { sessionInvitation } from './events.ics.ts';
import { eventUrl } from './events.notify.ts';
import { canManageEvent, canManageSession, isForPerson, isOpenForSignUp } from './events.policy.ts';
import {
  attendeesOf,
  myRegistrations,
  noShowsOfReports,
  registrationOf,
  seatsOf,
  waitlistPosition,
} from './events.registrations.repository.ts';
import {
  findSession,
  managerOf,
  type SessionRow,
  type SettingsRow,
  sessionsOfEvent,
  sessionsWithCounts,
  settingsOf,
  settingsOfMany,
  upcomingSessions,
} from './events.repository.ts';

type Mine = {
  session_id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  signed_up_at: Date;
  attended_at: Date | null;
};

async function presentSessions(
  ctx: Ctx,
  rows: SessionRow[],
  titles: Map<string, string>,
  settings: Map<string, SettingsRow>,
) {
  const personId = ctx.auth.kind === 'person' ? ctx.auth.personId : null;
  const ids = rows.map((r) => r.id);
  const [mine, approvals, feedback] = personId
    ? await Promise.all([
        myRegistrations(ctx.db, personId, ids) as Promise<Mine[]>,
        myApprovals(ctx.db, personId, ids),
        myFeedback(ctx.db, personId, ids),
      ])
    : [[], [], []];
  const mineBySession = new Map(mine.map((m) => [m.session_id, m]));
  // The latest request per session counts (ordered oldest first).
  const approvalBySession = new Map(approvals.map((a) => [a.session_id, a.state]));
  const gaveFeedback = new Set(feedback.map((f) => f.session_id));
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
              hasGivenFeedback: gaveFeedback.has(row.id),
            }
          : null,
        myApproval: approvalBySession.has(row.id)
          ? { state: approvalBySession.get(row.id) as 'pending' | 'approved' | 'declined' | 'withdrawn' }
          : null,
        canManage: canManageSession(ctx.auth, row, settings.get(row.content_id)),
      };
    }),
  );
}

/** Is a team event hidden from the reader (not the manager's report, not the manager, not L&D)? */
async function isHiddenFrom(ctx: Ctx, settings: SettingsRow | undefined) {
  if (!settings?.team_manager_id || canManageEvent(ctx.auth, settings)) return false;
  if (ctx.auth.kind !== 'person') return true;
  const manager = await ctx.memo(`manager-of:${ctx.auth.personId}`, () =>
    managerOf(ctx.db, (ctx.auth as { personId: string }).personId),
  );
  return !isForPerson(settings, ctx.auth.personId, manager);
}

/** One event with its settings, what it serves, its sessions and my place in each. */
export async function eventView(ctx: Ctx, contentId: string) {
  const item = await itemForLearner(ctx.db, ctx.auth, contentId, ctx.locale);
  if (item.item.kind !== 'event') throw notFound('Event');
  const settings = await settingsOf(ctx.db, contentId);
  if (await isHiddenFrom(ctx, settings)) throw notFound('Event');
  const rows = await sessionsOfEvent(ctx.db, contentId);
  return {
    id: contentId,
    title: item.version.title,
    summary: item.version.summary ?? '',
    language: item.version.language,
    costCents: settings?.cost_cents ?? null,
    needsApproval: settings?.needs_approval ?? false,
    serves: item.serves.map(({ kind, id, name }) => ({ kind, id, name })),
    team: settings?.team_manager_id ? { managerId: settings.team_manager_id } : null,
    canManage: canManageEvent(ctx.auth, settings),
    sessions: await presentSessions(
      ctx,
      rows,
      new Map([[contentId, item.version.title]]),
      new Map(settings ? [[contentId, settings]] : []),
    ),
  };
}

/** Upcoming events (published ones; L&D see drafts too), each with its coming sessions; team events for the team. */
export async function upcomingEvents(ctx: Ctx) {
  const rows = await upcomingSessions(ctx.db, ctx.now(), 300);
  const contentIds = [...new Set(rows.map((r) => r.content_id))];
  const [headlines, settingRows] = await Promise.all([
    contentHeadlines(ctx.db, contentIds, ctx.locale),
    settingsOfMany(ctx.db, contentIds),
  ]);
  const settings = new Map(settingRows.map((row) => [row.content_id, row]));
  const hidden = new Set<string>();
  for (const id of contentIds) if (await isHiddenFrom(ctx, settings.get(id))) hidden.add(id);
  const visible = rows.filter((row) => {
    const item = headlines.get(row.content_id);
    return (
      item &&
      item.kind === 'event' &&
      !hidden.has(row.content_id) &&
      (item.status === 'published' || can(ctx.auth, 'catalogue.manage'))
    );
  });
  const titles = new Map([...headlines].map(([id, h]) => [id, h.title]));
  const sessions = await presentSessions(ctx, visible, titles, settings);
  type Listed = {
    id: string;
    title: string;
    summary: string;
    language: 'nl' | 'en';
    costCents: number | null;
    needsApproval: boolean;
    serves: { kind: 'skill' | 'value' | 'competency' | 'goal'; id: string; name: string }[];
    team: { managerId: string } | null;
    canManage: boolean;
    sessions: typeof sessions;
  };
  const events = new Map<string, Listed>();
  for (const session of sessions) {
    const setting = settings.get(session.eventId);
    const event = events.get(session.eventId) ?? {
      id: session.eventId,
      title: session.title,
      summary: '',
      language: ctx.locale,
      costCents: setting?.cost_cents ?? null,
      needsApproval: setting?.needs_approval ?? false,
      serves: [],
      team: setting?.team_manager_id ? { managerId: setting.team_manager_id } : null,
      canManage: canManageEvent(ctx.auth, setting),
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
  const settings = await settingsOf(ctx.db, session.content_id);
  if (!canManageSession(ctx.auth, session, settings)) throw forbidden();
  return { session, settings };
}

/** The trainer's attendance list with the door's check-in address; no-shows once it is over. */
export async function attendance(ctx: Ctx, sessionId: string, baseUrl: string) {
  const { session, settings } = await managedSession(ctx, sessionId);
  const title =
    (await contentHeadlines(ctx.db, [session.content_id], ctx.locale)).get(session.content_id)?.title ?? '';
  const [presented] = await presentSessions(
    ctx,
    [session],
    new Map([[session.content_id, title]]),
    new Map(settings ? [[session.content_id, settings]] : []),
  );
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
  if (!registration && !canManageSession(ctx.auth, session, await settingsOf(ctx.db, session.content_id)))
    throw notFound('Event session');
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

/** Sign-ups waiting for me as manager: events that cost budget (the approvals inbox shows them). */
export async function workshopApprovals(ctx: Ctx) {
  if (ctx.auth.kind !== 'person') return [];
  const rows = await pendingApprovalsFor(ctx.db, ctx.auth.personId);
  const titles = await contentHeadlines(ctx.db, [...new Set(rows.map((r) => r.content_id))], ctx.locale);
  return rows.map((row) => ({
    id: row.id,
    eventId: row.content_id,
    sessionId: row.session_id,
    title: titles.get(row.content_id)?.title ?? '',
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    costCents: row.cost_cents,
    requestedAt: row.requested_at.toISOString(),
    person: { id: row.person_id, displayName: displayName(row) },
  }));
}

/** The organiser's feedback results: counts, the average, and the comments without names. */
export async function feedbackResults(ctx: Ctx, sessionId: string) {
  await managedSession(ctx, sessionId);
  const [rows, attendees] = await Promise.all([
    feedbackOf(ctx.db, sessionId),
    attendeesOf(ctx.db, sessionId),
  ]);
  return {
    sessionId,
    attended: attendees.filter((a) => a.attended_at).length,
    responses: rows.length,
    averageRating: rows.length
      ? Math.round((rows.reduce((sum, r) => sum + r.rating, 0) / rows.length) * 10) / 10
      : null,
    usefulForWork: rows.filter((r) => r.is_useful_for_work).length,
    comments: rows.flatMap((r) =>
      r.comment ? [{ rating: r.rating, comment: r.comment, createdAt: r.created_at.toISOString() }] : [],
    ),
  };
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
  const contentIds = [...new Set(rows.map((r) => r.content_id))];
  const [titles, settingRows] = await Promise.all([
    contentHeadlines(ctx.db, contentIds, ctx.locale),
    settingsOfMany(ctx.db, contentIds),
  ]);
  const presented = await presentSessions(
    ctx,
    rows,
    new Map([...titles].map(([id, h]) => [id, h.title])),
    new Map(settingRows.map((row) => [row.content_id, row])),
  );
  return presented.map((session, index) => ({ ...session, sequence: rows[index]!.sequence }));
}
