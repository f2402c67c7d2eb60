import { sql } from 'kysely';
import { type AuditRow, auditInsertSql } from '../../core/change.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { sessionColumns } from './events.repository.ts';

// The SQL of registrations: seats, the waitlist, attendance, on the organisation-scoped database.

/** A person's registrations: one session's (registrationOf) or several sessions' (myRegistrations). */
const registrationsOfPerson = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('event_registrations')
    .select(['id', 'session_id', 'status', 'signed_up_at', 'attended_at'])
    .where('person_id', '=', personId);

export const registrationOf = (tenant: TenantDb, sessionId: string, personId: string) =>
  registrationsOfPerson(tenant, personId).where('session_id', '=', sessionId).executeTakeFirst();

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

/**
 * A new sign-up on the waitlist, or a cancelled one signing up again (then at the back). Nothing when I
 * am already registered (undefined), so a double submit cannot claim a second seat.
 */
export const saveRegistration = (tenant: TenantDb, row: { session_id: string; person_id: string }) =>
  tenant
    .insertInto('event_registrations', { ...row, status: 'waitlisted' })
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'session_id', 'person_id'])
        .doUpdateSet({
          status: 'waitlisted',
          signed_up_at: sql`clock_timestamp()`,
          promoted_at: null,
          cancelled_at: null,
          attended_at: null,
        })
        .where('event_registrations.status', '=', 'cancelled'),
    )
    .returning('id')
    .executeTakeFirst();

/**
 * Claims a seat for my registration in one statement: the session's counter goes up only while a seat
 * is free and sign-up is open, and only then is the registration confirmed and the audit row (`audit`,
 * written here rather than by the change after its work) added. The session row stays locked from here
 * to the commit, nothing longer: no round trip between the claim and the commit.
 */
export async function claimSeat(
  tenant: TenantDb,
  claim: { sessionId: string; registrationId: string; now: Date; audit: AuditRow },
) {
  const { sessionId, registrationId, now, audit } = claim;
  const result = await sql<{ id: string }>`
    WITH seat AS (
      UPDATE event_sessions SET taken = taken + 1
       WHERE organisation_id = ${tenant.organisationId} AND id = ${sessionId} AND taken < seats
         AND status = 'scheduled' AND starts_at > ${now} AND (signup_deadline IS NULL OR signup_deadline > ${now})
      RETURNING id),
    confirmed AS (
      UPDATE event_registrations SET status = 'confirmed'
       WHERE organisation_id = ${tenant.organisationId} AND id = ${registrationId} AND EXISTS (SELECT 1 FROM seat)
      RETURNING id),
    audit AS (${auditInsertSql(tenant.organisationId, audit, sql`EXISTS (SELECT 1 FROM confirmed)`)})
    SELECT id FROM confirmed`.execute(tenant.executor);
  return result.rows.length > 0;
}

/** The seats counter follows a confirmed registration leaving (-1) or a waiting one promoted (+1). */
export const countSeats = (tenant: TenantDb, sessionId: string, delta: 1 | -1) =>
  tenant
    .updateTable('event_sessions')
    .set({ taken: sql<number>`greatest(taken + ${delta}, 0)` })
    .where('id', '=', sessionId)
    .execute();

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
    ? registrationsOfPerson(tenant, personId).where('session_id', 'in', sessionIds).execute()
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

/** Registrations with their session: the one join the feed and the no-show list share. */
const registrationsWithSessions = (tenant: TenantDb) =>
  tenant
    .selectFrom('event_registrations')
    .innerJoin('event_sessions', (join) =>
      join
        .onRef('event_sessions.organisation_id', '=', 'event_registrations.organisation_id')
        .onRef('event_sessions.id', '=', 'event_registrations.session_id'),
    );

/** Sessions the person has a seat in, from a moment on (the calendar feed). */
export const seatsOf = (tenant: TenantDb, personId: string, since: Date) =>
  registrationsWithSessions(tenant)
    .select(sessionColumns)
    .where('event_registrations.person_id', '=', personId)
    .where('event_registrations.status', '=', 'confirmed')
    .where('event_sessions.ends_at', '>=', since)
    .orderBy('event_sessions.starts_at')
    .limit(500)
    .execute();

/** Confirmed registrations of a manager's reports that were not attended in ended sessions. */
export const noShowsOfReports = (tenant: TenantDb, managerId: string, now: Date) =>
  registrationsWithSessions(tenant)
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

/**
 * The session row, locked until commit: sign-ups and cancellations for one session take turns. The
 * lock is the one a seat claim's UPDATE takes (FOR NO KEY UPDATE), so it does not wait for, nor block,
 * the key-share locks of registrations being inserted for the session (their foreign key).
 */
export const lockSessionRow = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_sessions')
    .select(['id', 'content_id', 'seats', 'taken', 'status', 'starts_at', 'signup_deadline'])
    .where('id', '=', sessionId)
    .forNoKeyUpdate()
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
