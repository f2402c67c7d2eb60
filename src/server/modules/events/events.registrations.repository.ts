import { sql } from 'kysely';
import { prepared } from '../../db/prepared.ts';
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

/** My registration is cancelled (its seat, if it had one, is freed by the caller: freeSeatOf). */
export const cancelRegistrationRow = (tenant: TenantDb, id: string, at: Date) =>
  tenant
    .updateTable('event_registrations')
    .set({ status: 'cancelled', cancelled_at: at, attended_at: null })
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

/** The session with its event's settings (one sign-up's facts, or several people's at once). */
const sessionWithSettings = (tenant: TenantDb) =>
  tenant
    .selectFrom('event_sessions')
    .leftJoin('event_settings', (join) =>
      join
        .onRef('event_settings.organisation_id', '=', 'event_sessions.organisation_id')
        .onRef('event_settings.content_id', '=', 'event_sessions.content_id'),
    );

const factColumns = [
  'event_sessions.id',
  'event_sessions.content_id',
  'event_sessions.status',
  'event_sessions.starts_at',
  'event_sessions.signup_deadline',
  'event_settings.cost_cents',
  'event_settings.needs_approval',
  'event_settings.team_manager_id',
  'me.manager_id',
] as const;

/**
 * What a sign-up needs to know: the session (whether sign-up is open), its event's settings and the
 * person's manager, in one statement. It holds the session row FOR KEY SHARE until the commit (the lock
 * a registration's foreign key takes anyway): sign-ups do not wait for each other, but a change that
 * frees seats or changes the session (FOR UPDATE) waits for them, and they for it.
 */
const signUpFactsQuery = (tenant: TenantDb, sessionId: string, personId: string) =>
  sessionWithSettings(tenant)
    .innerJoin('people as me', (join) =>
      join.onRef('me.organisation_id', '=', 'event_sessions.organisation_id').on('me.id', '=', personId),
    )
    .select([...factColumns, 'me.given_name', 'me.family_name_prefix', 'me.family_name'])
    .where('event_sessions.id', '=', sessionId)
    .forKeyShare('event_sessions');

type SignUpFacts = NonNullable<Awaited<ReturnType<ReturnType<typeof signUpFactsQuery>['executeTakeFirst']>>>;

/** Named: planned once per connection, not on every sign-up of a crowd. */
export async function signUpFacts(tenant: TenantDb, sessionId: string, personId: string) {
  const query = signUpFactsQuery(tenant, sessionId, personId).compile();
  const result = await tenant.executor.executeQuery(
    prepared<SignUpFacts>('events.sign-up-facts', query.sql, query.parameters),
  );
  return result.rows[0];
}

/**
 * signUpFacts for several people at once (sign-ups written together): a row per person of this
 * organisation, with `person_id`; the session row held FOR KEY SHARE the same way. None when the
 * session is not in this organisation.
 */
const signUpFactsOfEachQuery = (tenant: TenantDb, sessionId: string, personIds: string[]) =>
  sessionWithSettings(tenant)
    .innerJoin('people as me', (join) =>
      join
        .onRef('me.organisation_id', '=', 'event_sessions.organisation_id')
        .on(sql<boolean>`me.id = any(${personIds}::uuid[])`),
    )
    .select(['me.id as person_id', ...factColumns])
    .where('event_sessions.id', '=', sessionId)
    .forKeyShare('event_sessions');

type FactsOfEach = Awaited<ReturnType<ReturnType<typeof signUpFactsOfEachQuery>['execute']>>[number];

export async function signUpFactsOfEach(tenant: TenantDb, sessionId: string, personIds: string[]) {
  const query = signUpFactsOfEachQuery(tenant, sessionId, personIds).compile();
  const result = await tenant.executor.executeQuery(
    prepared<FactsOfEach>('events.sign-up-facts-of-each', query.sql, query.parameters),
  );
  return result.rows;
}

/**
 * The session row, locked until commit against changes of the session (FOR UPDATE), not against
 * sign-ups (FOR KEY SHARE): a manager's decision on a request and the request itself.
 */
export const lockSessionRow = (tenant: TenantDb, sessionId: string) =>
  tenant
    .selectFrom('event_sessions')
    .select(['id', 'content_id', 'seats', 'status', 'starts_at', 'signup_deadline'])
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
