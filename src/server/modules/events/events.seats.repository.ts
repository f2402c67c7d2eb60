import { sql } from 'kysely';
import { type AuditRow, auditInsertEachSql, auditInsertSql } from '../../core/change.ts';
import { prepared } from '../../db/prepared.ts';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of seats (migration 0339): a row per seat of a session, free or held by one registration.
//
// Who may touch them, and how (docs/EVENTS.md, "Sign-up, waitlist, promotion"):
// - a sign-up holds the session row FOR KEY SHARE from its first statement to its commit (signUpFacts)
//   and claims one free seat row; sign-ups do not wait for each other;
// - every change that frees seats or changes how many there are (cancelling, changing or cancelling the
//   session) holds the session row FOR UPDATE, which waits for the sign-ups in flight and keeps new
//   ones out until it commits: it sees every seat as it is and gives free seats to the waitlist first.

/**
 * Claims a free seat for my registration and confirms it, in one statement: `skipLocked` passes over
 * seats other sign-ups are claiming this moment (so sign-ups for one session run side by side), without
 * it the claim waits for them (a seat whose claim is rolled back is not missed). The audit row, when
 * given, is written by the same statement. True when I got a seat.
 */
export async function claimSeat(
  tenant: TenantDb,
  claim: {
    sessionId: string;
    registrationId: string;
    skipLocked: boolean;
    /** Set when a waiting registration is promoted. */
    promotedAt: Date | null;
    audit?: AuditRow;
  },
) {
  const { sessionId, registrationId, audit } = claim;
  const org = tenant.organisationId;
  const result = await sql<{ id: string }>`
    WITH seat AS (
      UPDATE event_seats SET registration_id = ${registrationId}
       WHERE organisation_id = ${org} AND session_id = ${sessionId} AND registration_id IS NULL
         AND seat = (SELECT seat FROM event_seats
                      WHERE organisation_id = ${org} AND session_id = ${sessionId} AND registration_id IS NULL
                      ORDER BY seat LIMIT 1 FOR UPDATE ${claim.skipLocked ? sql`SKIP LOCKED` : sql``})
      RETURNING seat),
    confirmed AS (
      UPDATE event_registrations SET status = 'confirmed', promoted_at = ${claim.promotedAt}
       WHERE organisation_id = ${org} AND id = ${registrationId} AND EXISTS (SELECT 1 FROM seat)
      RETURNING id)
    ${audit ? sql`, audit AS (${auditInsertSql(org, audit, sql`EXISTS (SELECT 1 FROM confirmed)`)})` : sql``}
    SELECT id FROM confirmed`.execute(tenant.executor);
  return result.rows.length > 0;
}

/**
 * My sign-up in one statement: a free seat row is picked passing over the ones other sign-ups are
 * claiming (SKIP LOCKED), my registration is written confirmed when there was one (else waitlisted; a
 * cancelled one signs up again, at the back), the seat is given to it and, with a seat, the audit row
 * is written. Undefined when I was already registered (nothing changes). The caller holds the session
 * row FOR KEY SHARE (signUpFacts); `seated` says whether a seat row was taken, which must agree with
 * the status.
 */
type Registered = { id: string; status: 'confirmed' | 'waitlisted'; seated: boolean };

export async function registerWithSeat(
  tenant: TenantDb,
  sign: { sessionId: string; personId: string; audit: AuditRow },
) {
  const { sessionId, personId, audit } = sign;
  const org = tenant.organisationId;
  // MATERIALIZED: the picked seat is read once, so the status and the seat update agree on it.
  const query = sql<Registered>`
    WITH free AS MATERIALIZED (
      SELECT seat FROM event_seats
       WHERE organisation_id = ${org} AND session_id = ${sessionId} AND registration_id IS NULL
       ORDER BY seat LIMIT 1 FOR UPDATE SKIP LOCKED),
    saved AS (
      INSERT INTO event_registrations AS r (organisation_id, session_id, person_id, status)
      SELECT ${org}, ${sessionId}, ${personId},
             CASE WHEN EXISTS (SELECT 1 FROM free) THEN 'confirmed' ELSE 'waitlisted' END
      ON CONFLICT (organisation_id, session_id, person_id) DO UPDATE
         SET status = excluded.status, signed_up_at = clock_timestamp(), promoted_at = NULL,
             cancelled_at = NULL, attended_at = NULL
       WHERE r.status = 'cancelled'
      RETURNING id, status),
    seat AS (
      UPDATE event_seats e SET registration_id = saved.id FROM saved
       WHERE e.organisation_id = ${org} AND e.session_id = ${sessionId} AND e.registration_id IS NULL
         AND e.seat = (SELECT seat FROM free) AND saved.status = 'confirmed'
      RETURNING e.seat),
    audit AS (${auditInsertSql(org, audit, sql`EXISTS (SELECT 1 FROM seat)`)})
    SELECT id, status, EXISTS (SELECT 1 FROM seat) AS seated FROM saved`.compile(tenant.executor);
  // Named: planned once per connection, not on every sign-up of a crowd.
  const result = await tenant.executor.executeQuery(
    prepared<Registered>('events.register-with-seat', query.sql, query.parameters),
  );
  const saved = result.rows[0];
  if (saved && saved.seated !== (saved.status === 'confirmed')) throw new Error('seat and status disagree');
  return saved;
}

type RegisteredOne = Registered & { person_id: string; wanted: number };

/**
 * registerWithSeat for several people at once, in the order given (sign-ups written together): the
 * ones without a registration (or with a cancelled one) are registered, the first of them confirmed on
 * free seat rows picked passing over the ones other sign-ups are claiming (SKIP LOCKED), lowest seat to
 * the earliest; the rest waitlisted, their signed_up_at a microsecond apart so the waitlist keeps their
 * order. The audit row given for each is written for those seated. `wanted` counts whom it meant to
 * register: fewer rows than that (someone registered at this moment elsewhere) leaves the order in
 * doubt, and the caller gives up the batch.
 */
export async function registerEachWithSeat(
  tenant: TenantDb,
  sessionId: string,
  people: { personId: string; audit: AuditRow }[],
) {
  const org = tenant.organisationId;
  const personIds = people.map((person) => person.personId);
  const audit = people.map((person) => ({ key: person.personId, audit: person.audit }));
  const query = sql<RegisteredOne>`
    WITH input AS MATERIALIZED (
      SELECT p.person_id, row_number() OVER (ORDER BY p.ord) AS turn
        FROM unnest(${personIds}::uuid[]) WITH ORDINALITY AS p(person_id, ord)
       WHERE NOT EXISTS (SELECT 1 FROM event_registrations r
                          WHERE r.organisation_id = ${org} AND r.session_id = ${sessionId}
                            AND r.person_id = p.person_id AND r.status <> 'cancelled')),
    free AS MATERIALIZED (
      SELECT seat, row_number() OVER (ORDER BY seat) AS turn FROM (
        SELECT seat FROM event_seats
         WHERE organisation_id = ${org} AND session_id = ${sessionId} AND registration_id IS NULL
         ORDER BY seat LIMIT (SELECT count(*) FROM input) FOR UPDATE SKIP LOCKED) picked),
    saved AS (
      INSERT INTO event_registrations AS r (organisation_id, session_id, person_id, status, signed_up_at)
      SELECT ${org}, ${sessionId}, i.person_id,
             CASE WHEN i.turn <= (SELECT count(*) FROM free) THEN 'confirmed' ELSE 'waitlisted' END,
             (SELECT clock_timestamp()) + i.turn * interval '1 microsecond'
        FROM input i ORDER BY i.turn
      ON CONFLICT (organisation_id, session_id, person_id) DO UPDATE
         SET status = excluded.status, signed_up_at = excluded.signed_up_at, promoted_at = NULL,
             cancelled_at = NULL, attended_at = NULL
       WHERE r.status = 'cancelled'
      RETURNING id, person_id, status),
    seat AS (
      UPDATE event_seats e SET registration_id = saved.id
        FROM saved JOIN input i ON i.person_id = saved.person_id JOIN free f ON f.turn = i.turn
       WHERE e.organisation_id = ${org} AND e.session_id = ${sessionId} AND e.registration_id IS NULL
         AND e.seat = f.seat AND saved.status = 'confirmed'
      RETURNING e.registration_id),
    audit AS (${auditInsertEachSql(org, audit, sql`SELECT saved.person_id::text FROM saved JOIN seat ON seat.registration_id = saved.id`)})
    SELECT saved.id, saved.person_id, saved.status,
           EXISTS (SELECT 1 FROM seat WHERE seat.registration_id = saved.id) AS seated,
           (SELECT count(*)::int FROM input) AS wanted
      FROM saved JOIN input i ON i.person_id = saved.person_id ORDER BY i.turn`.compile(tenant.executor);
  const result = await tenant.executor.executeQuery(
    prepared<RegisteredOne>('events.register-each-with-seat', query.sql, query.parameters),
  );
  const rows = result.rows;
  if (
    rows.length !== (rows[0]?.wanted ?? 0) ||
    rows.some((row) => row.seated !== (row.status === 'confirmed'))
  )
    throw new Error('sign-ups written together lost their order');
  return rows;
}

/**
 * The waiting step of takeSeat for several waitlisted registrations at once, in the order given: free
 * seats are claimed waiting for the other sign-ups claiming them (one rolled back frees its seat), the
 * lowest to the first. The ids that got a seat, confirmed.
 */
export async function claimSeatsInTurn(tenant: TenantDb, sessionId: string, registrationIds: string[]) {
  const org = tenant.organisationId;
  const result = await sql<{ id: string }>`
    WITH turns AS (
      SELECT w.id, w.turn FROM unnest(${registrationIds}::uuid[]) WITH ORDINALITY AS w(id, turn)),
    free AS MATERIALIZED (
      SELECT seat, row_number() OVER (ORDER BY seat) AS turn FROM (
        SELECT seat FROM event_seats
         WHERE organisation_id = ${org} AND session_id = ${sessionId} AND registration_id IS NULL
         ORDER BY seat LIMIT ${registrationIds.length} FOR UPDATE) picked),
    seat AS (
      UPDATE event_seats e SET registration_id = t.id
        FROM turns t JOIN free f ON f.turn = t.turn
       WHERE e.organisation_id = ${org} AND e.session_id = ${sessionId} AND e.seat = f.seat
      RETURNING e.registration_id)
    UPDATE event_registrations SET status = 'confirmed', promoted_at = NULL
     WHERE organisation_id = ${org} AND id IN (SELECT registration_id FROM seat)
    RETURNING id`.execute(tenant.executor);
  return new Set(result.rows.map((row) => row.id));
}

/** A confirmed registration leaves: its seat is free (the caller holds the session row FOR UPDATE). */
export const freeSeatOf = (tenant: TenantDb, registrationId: string) =>
  tenant
    .updateTable('event_seats')
    .set({ registration_id: null })
    .where('registration_id', '=', registrationId)
    .execute();

/**
 * Brings a session's seat rows to max(seats, confirmed): free rows are added when seats went up, free
 * rows removed (highest first) when seats went down or a seat was given back above the new number.
 * Held seats stay: nobody loses a seat because the organiser lowered the number. The caller holds
 * the session row FOR UPDATE (no claim in flight).
 */
export async function fitSeats(tenant: TenantDb, sessionId: string) {
  const org = tenant.organisationId;
  await sql`
    WITH counts AS (
      SELECT s.seats, count(e.seat)::int AS rows, count(e.registration_id)::int AS held,
             coalesce(max(e.seat), 0) AS top
        FROM event_sessions s
        LEFT JOIN event_seats e ON e.organisation_id = s.organisation_id AND e.session_id = s.id
       WHERE s.organisation_id = ${org} AND s.id = ${sessionId}
       GROUP BY s.seats),
    added AS (
      INSERT INTO event_seats (organisation_id, session_id, seat)
      SELECT ${org}, ${sessionId}, counts.top + n FROM counts, generate_series(1, counts.seats - counts.rows) AS n
      RETURNING seat)
    DELETE FROM event_seats
     WHERE organisation_id = ${org} AND session_id = ${sessionId}
       AND seat IN (SELECT seat FROM event_seats
                     WHERE organisation_id = ${org} AND session_id = ${sessionId} AND registration_id IS NULL
                     ORDER BY seat DESC
                     LIMIT (SELECT greatest(0, rows - greatest(seats, held)) FROM counts))`.execute(
    tenant.executor,
  );
}
