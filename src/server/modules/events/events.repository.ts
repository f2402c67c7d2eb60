import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of events: sessions and registrations, on the organisation-scoped database.

export const sessionColumns = [
  'event_sessions.id',
  'event_sessions.content_id',
  'event_sessions.starts_at',
  'event_sessions.ends_at',
  'event_sessions.location',
  'event_sessions.online_url',
  'event_sessions.trainer_id',
  'event_sessions.trainer_name',
  'event_sessions.seats',
  'event_sessions.signup_deadline',
  'event_sessions.status',
  'event_sessions.sequence',
  'event_sessions.checkin_code',
  'event_sessions.created_by',
] as const;

/** Sessions with their seat counts (confirmed, waitlisted). */
export function sessionsWithCounts(tenant: TenantDb) {
  return tenant
    .selectFrom('event_sessions')
    .leftJoin('people as trainer', (join) =>
      join
        .onRef('trainer.organisation_id', '=', 'event_sessions.organisation_id')
        .onRef('trainer.id', '=', 'event_sessions.trainer_id'),
    )
    .select(sessionColumns)
    .select([
      'trainer.given_name as trainer_given_name',
      'trainer.family_name_prefix as trainer_family_name_prefix',
      'trainer.family_name as trainer_family_name',
      sql<number>`(SELECT count(*)::int FROM event_registrations r WHERE r.organisation_id = event_sessions.organisation_id
        AND r.session_id = event_sessions.id AND r.status = 'confirmed')`.as('confirmed'),
      sql<number>`(SELECT count(*)::int FROM event_registrations r WHERE r.organisation_id = event_sessions.organisation_id
        AND r.session_id = event_sessions.id AND r.status = 'waitlisted')`.as('waitlisted'),
    ]);
}
export type SessionRow = Awaited<ReturnType<ReturnType<typeof sessionsWithCounts>['execute']>>[number];

export const findSession = (tenant: TenantDb, id: string) =>
  sessionsWithCounts(tenant).where('event_sessions.id', '=', id).executeTakeFirst();

export const sessionsOfEvent = (tenant: TenantDb, contentId: string) =>
  sessionsWithCounts(tenant)
    .where('event_sessions.content_id', '=', contentId)
    .orderBy('event_sessions.starts_at')
    .execute();

export const upcomingSessions = (tenant: TenantDb, since: Date, limit: number) =>
  sessionsWithCounts(tenant)
    .where('event_sessions.ends_at', '>=', since)
    .orderBy('event_sessions.starts_at')
    .limit(limit)
    .execute();

export type SessionColumns = {
  starts_at: Date;
  ends_at: Date;
  location: string | null;
  online_url: string | null;
  trainer_id: string | null;
  trainer_name: string | null;
  seats: number;
  signup_deadline: Date | null;
};

export const insertSession = (
  tenant: TenantDb,
  row: SessionColumns & { content_id: string; checkin_code: string; created_by: string | null },
) => tenant.insertInto('event_sessions', row).returning('id').executeTakeFirstOrThrow();

export const updateSession = (tenant: TenantDb, id: string, row: Partial<SessionColumns>, at: Date) =>
  tenant
    .updateTable('event_sessions')
    .set({ ...row, sequence: sql<number>`sequence + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();

export const markSessionCancelled = (tenant: TenantDb, id: string, at: Date) =>
  tenant
    .updateTable('event_sessions')
    .set({ status: 'cancelled', sequence: sql<number>`sequence + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();

export const registrationOf = (tenant: TenantDb, sessionId: string, personId: string) =>
  tenant
    .selectFrom('event_registrations')
    .select(['id', 'status', 'signed_up_at', 'attended_at'])
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

export const countConfirmed = async (tenant: TenantDb, sessionId: string) =>
  Number(
    (
      await tenant
        .selectFrom('event_registrations')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('session_id', '=', sessionId)
        .where('status', '=', 'confirmed')
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A new sign-up, or a cancelled one signing up again (then at the back of the waitlist). */
export const saveRegistration = (
  tenant: TenantDb,
  row: { session_id: string; person_id: string; status: 'confirmed' | 'waitlisted' },
) =>
  tenant
    .insertInto('event_registrations', row)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'session_id', 'person_id']).doUpdateSet({
        status: row.status,
        signed_up_at: sql`clock_timestamp()`,
        promoted_at: null,
        cancelled_at: null,
        attended_at: null,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();

export const setRegistrationStatus = (
  tenant: TenantDb,
  id: string,
  status: 'confirmed' | 'cancelled',
  at: Date,
) =>
  tenant
    .updateTable('event_registrations')
    .set(
      status === 'confirmed' ? { status, promoted_at: at } : { status, cancelled_at: at, attended_at: null },
    )
    .where('id', '=', id)
    .execute();

/** The first on the waitlist: who signed up earliest (ties by id, so the order is total). */
export const firstWaiting = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_registrations')
    .select(['id', 'person_id'])
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('signed_up_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

/** Place on the waitlist, compared in SQL (timestamps have microseconds that a JS Date would lose). */
export async function waitlistPosition(tenant: TenantDb, sessionId: string, personId: string) {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM event_registrations r
     WHERE r.organisation_id = ${tenant.organisationId} AND r.session_id = ${sessionId} AND r.status = 'waitlisted'
       AND (r.signed_up_at, r.id) <= (SELECT me.signed_up_at, me.id FROM event_registrations me
         WHERE me.organisation_id = ${tenant.organisationId} AND me.session_id = ${sessionId} AND me.person_id = ${personId})`.execute(
    tenant.executor,
  );
  return result.rows[0]?.n ?? 0;
}

export const myRegistrations = (tenant: TenantDb, personId: string, sessionIds: string[]) =>
  sessionIds.length
    ? tenant
        .selectFrom('event_registrations')
        .select(['session_id', 'status', 'signed_up_at', 'attended_at'])
        .where('person_id', '=', personId)
        .where('session_id', 'in', sessionIds)
        .execute()
    : Promise.resolve([]);

export const attendeesOf = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_registrations')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'event_registrations.organisation_id')
        .onRef('people.id', '=', 'event_registrations.person_id'),
    )
    .select([
      'event_registrations.id',
      'event_registrations.person_id',
      'event_registrations.status',
      'event_registrations.signed_up_at',
      'event_registrations.attended_at',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
    ])
    .where('event_registrations.session_id', '=', sessionId)
    .where('event_registrations.status', '<>', 'cancelled')
    .orderBy('event_registrations.status')
    .orderBy('event_registrations.signed_up_at')
    .execute();

export const confirmedPeople = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_registrations')
    .select(['person_id', 'status'])
    .where('session_id', '=', sessionId)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .execute();

export const setAttended = (tenant: TenantDb, id: string, at: Date | null, by: string | null) =>
  tenant
    .updateTable('event_registrations')
    .set({ attended_at: at, checked_in_by: by })
    .where('id', '=', id)
    .execute();

/** Sessions the person has a seat in, from a moment on (the calendar feed). */
export const seatsOf = (tenant: TenantDb, personId: string, since: Date) =>
  tenant
    .selectFrom('event_registrations')
    .innerJoin('event_sessions', (join) =>
      join
        .onRef('event_sessions.organisation_id', '=', 'event_registrations.organisation_id')
        .onRef('event_sessions.id', '=', 'event_registrations.session_id'),
    )
    .select(sessionColumns)
    .where('event_registrations.person_id', '=', personId)
    .where('event_registrations.status', '=', 'confirmed')
    .where('event_sessions.ends_at', '>=', since)
    .orderBy('event_sessions.starts_at')
    .limit(500)
    .execute();

/** Confirmed registrations of a manager's reports that were not attended in ended sessions. */
export const noShowsOfReports = (tenant: TenantDb, managerId: string, now: Date) =>
  tenant
    .selectFrom('event_registrations')
    .innerJoin('event_sessions', (join) =>
      join
        .onRef('event_sessions.organisation_id', '=', 'event_registrations.organisation_id')
        .onRef('event_sessions.id', '=', 'event_registrations.session_id'),
    )
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'event_registrations.organisation_id')
        .onRef('people.id', '=', 'event_registrations.person_id'),
    )
    .select([
      'people.id as person_id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'event_sessions.id as session_id',
      'event_sessions.content_id',
      'event_sessions.starts_at',
    ])
    .where('people.manager_id', '=', managerId)
    .where('event_registrations.status', '=', 'confirmed')
    .where('event_registrations.attended_at', 'is', null)
    .where('event_sessions.status', '=', 'scheduled')
    .where('event_sessions.ends_at', '<', now)
    .orderBy('event_sessions.starts_at', 'desc')
    .limit(200)
    .execute();

/** Scheduled sessions starting within the window that have not been reminded of yet. */
export const sessionsToRemind = (db: TenantDb['executor'], until: Date, now: Date) =>
  db
    .selectFrom('event_sessions')
    .select(['organisation_id', 'id'])
    .where('status', '=', 'scheduled')
    .where('reminded_at', 'is', null)
    .where('starts_at', '>', now)
    .where('starts_at', '<=', until)
    .limit(500)
    .execute();

export const markReminded = (tenant: TenantDb, id: string, at: Date) =>
  tenant
    .updateTable('event_sessions')
    .set({ reminded_at: at })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();

/** The event's settings: cost, approval, the team it is for (no row: free, open to everyone). */
export const settingsOf = (tenant: TenantDb, contentId: string) =>
  tenant
    .selectFrom('event_settings')
    .select(['content_id', 'cost_cents', 'needs_approval', 'team_manager_id'])
    .where('content_id', '=', contentId)
    .executeTakeFirst();

export const settingsOfMany = (tenant: TenantDb, contentIds: string[]) =>
  contentIds.length
    ? tenant
        .selectFrom('event_settings')
        .select(['content_id', 'cost_cents', 'needs_approval', 'team_manager_id'])
        .where('content_id', 'in', contentIds)
        .execute()
    : Promise.resolve([]);
export type SettingsRow = NonNullable<Awaited<ReturnType<typeof settingsOf>>>;

export const saveSettings = (
  tenant: TenantDb,
  row: {
    content_id: string;
    cost_cents: number | null;
    needs_approval: boolean;
    team_manager_id: string | null;
  },
) =>
  tenant
    .insertInto('event_settings', row)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'content_id']).doUpdateSet({
        cost_cents: row.cost_cents,
        needs_approval: row.needs_approval,
      }),
    )
    .execute();

/**
 * What a sign-up needs to know before it queues for the session: the session's event, its settings and
 * the person's manager, in one statement without a lock.
 */
export const signUpFacts = (tenant: TenantDb, sessionId: string, personId: string) =>
  tenant
    .selectFrom('event_sessions')
    .leftJoin('event_settings', (join) =>
      join
        .onRef('event_settings.organisation_id', '=', 'event_sessions.organisation_id')
        .onRef('event_settings.content_id', '=', 'event_sessions.content_id'),
    )
    .innerJoin('people as me', (join) =>
      join.onRef('me.organisation_id', '=', 'event_sessions.organisation_id').on('me.id', '=', personId),
    )
    .select([
      'event_sessions.id',
      'event_sessions.content_id',
      'event_settings.cost_cents',
      'event_settings.needs_approval',
      'event_settings.team_manager_id',
      'me.manager_id',
      'me.given_name',
      'me.family_name_prefix',
      'me.family_name',
    ])
    .where('event_sessions.id', '=', sessionId)
    .executeTakeFirst();

/** The session row, locked until commit: sign-ups and cancellations for one session take turns. */
export const lockSessionRow = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_sessions')
    .select(['id', 'content_id', 'seats', 'status', 'starts_at', 'signup_deadline'])
    .where('id', '=', sessionId)
    .forUpdate()
    .executeTakeFirst();

/**
 * After the lock, in one statement: the confirmed seats and my own registration (a fresh statement, so
 * it sees every sign-up committed before the lock was granted).
 */
export async function seatsAndMine(tenant: TenantDb, sessionId: string, personId: string) {
  const result = await sql<{ confirmed: number; my_status: string | null }>`
    SELECT (SELECT count(*)::int FROM event_registrations r WHERE r.organisation_id = ${tenant.organisationId}
              AND r.session_id = ${sessionId} AND r.status = 'confirmed') AS confirmed,
           (SELECT r.status FROM event_registrations r WHERE r.organisation_id = ${tenant.organisationId}
              AND r.session_id = ${sessionId} AND r.person_id = ${personId}) AS my_status`.execute(
    tenant.executor,
  );
  return result.rows[0]!;
}

/** Is the person on the team a manager's event is for (a direct report, or the manager)? */
export const isOnTeamOf = async (tenant: TenantDb, managerId: string, personId: string) =>
  managerId === personId ||
  Boolean(
    await tenant
      .selectFrom('people')
      .select('id')
      .where('id', '=', personId)
      .where('manager_id', '=', managerId)
      .executeTakeFirst(),
  );

export const hasReports = async (tenant: TenantDb, managerId: string) =>
  Boolean(
    await tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', managerId)
      .where('status', '<>', 'left')
      .limit(1)
      .executeTakeFirst(),
  );

export const managerOf = async (tenant: TenantDb, personId: string) =>
  (await tenant.selectFrom('people').select('manager_id').where('id', '=', personId).executeTakeFirst())
    ?.manager_id ?? null;

// Approval requests: a sign-up for an event that costs budget, waiting for the manager.

export const openApprovalOf = (tenant: TenantDb, sessionId: string, personId: string) =>
  tenant
    .selectFrom('event_approval_requests')
    .select(['id', 'state'])
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('state', '=', 'pending')
    .executeTakeFirst();

export const insertApproval = (
  tenant: TenantDb,
  row: {
    content_id: string;
    session_id: string;
    person_id: string;
    manager_id: string;
    cost_cents: number | null;
  },
) => tenant.insertInto('event_approval_requests', row).returning('id').executeTakeFirstOrThrow();

export const pendingRequest = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('event_approval_requests').select(['session_id']).where('id', '=', id).executeTakeFirst();

export const lockApproval = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('event_approval_requests')
    .select(['id', 'content_id', 'session_id', 'person_id', 'manager_id', 'state', 'cost_cents'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const decideApproval = (
  tenant: TenantDb,
  id: string,
  state: 'approved' | 'declined' | 'withdrawn',
  at: Date,
) =>
  tenant.updateTable('event_approval_requests').set({ state, decided_at: at }).where('id', '=', id).execute();

/** The pending requests waiting on a manager, with who asks and for which session. */
export const pendingApprovalsFor = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('event_approval_requests')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'event_approval_requests.organisation_id')
        .onRef('people.id', '=', 'event_approval_requests.person_id'),
    )
    .innerJoin('event_sessions', (join) =>
      join
        .onRef('event_sessions.organisation_id', '=', 'event_approval_requests.organisation_id')
        .onRef('event_sessions.id', '=', 'event_approval_requests.session_id'),
    )
    .select([
      'event_approval_requests.id',
      'event_approval_requests.content_id',
      'event_approval_requests.session_id',
      'event_approval_requests.cost_cents',
      'event_approval_requests.requested_at',
      'event_sessions.starts_at',
      'event_sessions.ends_at',
      'people.id as person_id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
    ])
    .where('event_approval_requests.manager_id', '=', managerId)
    .where('event_approval_requests.state', '=', 'pending')
    .orderBy('event_approval_requests.requested_at')
    .limit(200)
    .execute();

export const myApprovals = (tenant: TenantDb, personId: string, sessionIds: string[]) =>
  sessionIds.length
    ? tenant
        .selectFrom('event_approval_requests')
        .select(['session_id', 'state', 'requested_at'])
        .where('person_id', '=', personId)
        .where('session_id', 'in', sessionIds)
        .orderBy('requested_at')
        .execute()
    : Promise.resolve([]);

// Feedback after attendance.

export const saveFeedback = (
  tenant: TenantDb,
  row: {
    content_id: string;
    session_id: string;
    person_id: string;
    rating: number;
    is_useful_for_work: boolean;
    comment: string | null;
  },
) =>
  tenant
    .insertInto('event_feedback', row)
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'session_id', 'person_id']).doUpdateSet({
        rating: row.rating,
        is_useful_for_work: row.is_useful_for_work,
        comment: row.comment,
      }),
    )
    .execute();

export const deleteFeedback = (tenant: TenantDb, sessionId: string, personId: string) =>
  tenant
    .deleteFrom('event_feedback')
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .execute();

export const feedbackOf = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_feedback')
    .select(['rating', 'is_useful_for_work', 'comment', 'created_at'])
    .where('session_id', '=', sessionId)
    .orderBy('created_at', 'desc')
    .execute();

export const myFeedback = (tenant: TenantDb, personId: string, sessionIds: string[]) =>
  sessionIds.length
    ? tenant
        .selectFrom('event_feedback')
        .select(['session_id'])
        .where('person_id', '=', personId)
        .where('session_id', 'in', sessionIds)
        .execute()
    : Promise.resolve([]);

/** The budget request an approved costly sign-up committed (null when the person had no budget). */
export const linkApprovalToBudget = (tenant: TenantDb, approvalId: string, budgetRequestId: string) =>
  tenant
    .updateTable('event_approval_requests')
    .set({ budget_request_id: budgetRequestId })
    .where('id', '=', approvalId)
    .execute();

export const budgetRequestOfSignUp = async (tenant: TenantDb, sessionId: string, personId: string) =>
  (
    await tenant
      .selectFrom('event_approval_requests')
      .select('budget_request_id')
      .where('session_id', '=', sessionId)
      .where('person_id', '=', personId)
      .where('state', '=', 'approved')
      .where('budget_request_id', 'is not', null)
      .orderBy('decided_at', 'desc')
      .executeTakeFirst()
  )?.budget_request_id ?? null;
