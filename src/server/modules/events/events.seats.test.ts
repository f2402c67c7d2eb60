import { sql } from 'kysely';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { hashPassword } from '../auth/index.ts';

// Seats under concurrency (docs/EVENTS.md, "Sign-up, waitlist, promotion"): never more confirmed than
// seats, exactly as many as there are seats when more sign up, the waitlist in sign-up order, a freed
// seat to the first waiting. Runs on PGlite and on PostgreSQL (TEST_DATABASE_URL), where sign-ups truly
// run side by side on their own connections.

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let passwordHash: string;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function people(count: number, prefix: string) {
  const clients: { id: string; client: Client }[] = [];
  for (let n = 0; n < count; n += 1) {
    const person = await buildPerson(db, org.organisation.id, { givenName: `${prefix}${n}`, passwordHash });
    clients.push({
      id: person.id,
      client: await signInAs(app, { email: person.email, password: testPassword }),
    });
  }
  return clients;
}

async function session(seats: number, title: string) {
  const created = await org.as.ldAdmin.post('/api/v1/workshops', {
    language: 'nl',
    title,
    sessions: [{ startsAt: inHours(48), endsAt: inHours(50), location: 'Zaal 2', seats }],
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ sessions: { id: string }[] }>().sessions[0]!.id;
}

const signUp = async (client: Client, sessionId: string) => {
  const answer = await client.post(`/api/v1/workshops/sessions/${sessionId}/sign-up`);
  expect(answer.statusCode).toBe(200);
  return answer.json<{ status: string }>().status;
};

/** The session's seat rows against its registrations: what must always hold. */
async function seatBook(sessionId: string) {
  const result = await sql<{
    seats: number;
    rows: number;
    held: number;
    confirmed: number;
    confirmed_with_seat: number;
  }>`SELECT s.seats,
      (SELECT count(*)::int FROM event_seats e WHERE e.session_id = s.id) AS rows,
      (SELECT count(*)::int FROM event_seats e WHERE e.session_id = s.id AND e.registration_id IS NOT NULL) AS held,
      (SELECT count(*)::int FROM event_registrations r WHERE r.session_id = s.id AND r.status = 'confirmed') AS confirmed,
      (SELECT count(*)::int FROM event_registrations r JOIN event_seats e ON e.registration_id = r.id
        WHERE r.session_id = s.id AND r.status = 'confirmed' AND e.session_id = s.id) AS confirmed_with_seat
    FROM event_sessions s WHERE s.id = ${sessionId}`.execute(db);
  const book = result.rows[0]!;
  // Every confirmed registration holds one seat of its own session, and no seat is held otherwise.
  expect(book.confirmed_with_seat).toBe(book.confirmed);
  expect(book.held).toBe(book.confirmed);
  expect(book.rows).toBe(Math.max(book.seats, book.confirmed));
  return book;
}

const waitlist = async (sessionId: string) =>
  (
    await sql<{ person_id: string }>`SELECT person_id FROM event_registrations
      WHERE session_id = ${sessionId} AND status = 'waitlisted' ORDER BY signed_up_at, id`.execute(db)
  ).rows.map((r) => r.person_id);

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  passwordHash = await hashPassword(testPassword);
});

describe('sign-ups at the same moment', () => {
  it('two for the last seat give one seat and one waitlist place; of forty for ten seats, ten get one', async () => {
    const last = await session(1, 'Laatste plek');
    const pair = await people(2, 'Tegelijk');
    const answers = await Promise.all(pair.map(({ client }) => signUp(client, last)));
    expect(answers.sort()).toEqual(['confirmed', 'waitlisted']);

    const ten = await session(10, 'Tien plekken');
    const rush = await people(40, 'Druk');
    const results = await Promise.all(rush.map(({ client }) => signUp(client, ten)));
    expect(results.filter((s) => s === 'confirmed')).toHaveLength(10);
    expect(results.filter((s) => s === 'waitlisted')).toHaveLength(30);
    expect(await seatBook(ten)).toMatchObject({ seats: 10, confirmed: 10, rows: 10 });
    expect(await waitlist(ten)).toHaveLength(30);
  });

  it('a cancellation during a rush gives the seat to the first waiting, not to a newcomer; a double submit is one registration', async () => {
    const sessionId = await session(3, 'Teller');
    const seated = await people(3, 'Zit');
    for (const { client } of seated) expect(await signUp(client, sessionId)).toBe('confirmed');
    const waiting = await people(3, 'Wacht');
    for (const { client } of waiting) expect(await signUp(client, sessionId)).toBe('waitlisted');
    // A double submit is one registration, not a second place (the slower request may meet the first
    // one's enrolment and answer 409 on PostgreSQL; never a second seat, never a 500).
    const [twice] = await people(1, 'Dubbel');
    const path = `/api/v1/workshops/sessions/${sessionId}/sign-up`;
    const both = await Promise.all([twice!.client.post(path), twice!.client.post(path)]);
    expect(
      both.some((r) => r.statusCode === 200 && r.json<{ status: string }>().status === 'waitlisted'),
    ).toBe(true);
    for (const answer of both) expect([200, 409]).toContain(answer.statusCode);
    const rush = await people(5, 'Nieuw');
    const [cancelled, ...rushed] = await Promise.all([
      seated[0]!.client.post(`/api/v1/workshops/sessions/${sessionId}/cancel-registration`),
      ...rush.map(({ client }) => signUp(client, sessionId)),
    ]);
    expect(cancelled!.statusCode).toBe(204);
    expect(rushed).toEqual(Array(5).fill('waitlisted'));
    const confirmed = await sql<{ person_id: string }>`SELECT person_id FROM event_registrations
      WHERE session_id = ${sessionId} AND status = 'confirmed'`.execute(db);
    expect(confirmed.rows.map((r) => r.person_id).sort()).toEqual(
      [seated[1]!.id, seated[2]!.id, waiting[0]!.id].sort(),
    );
    expect(await seatBook(sessionId)).toMatchObject({ seats: 3, confirmed: 3 });
    // The waitlist keeps sign-up order: the two still waiting, the double submit once, then the rush.
    const order = await waitlist(sessionId);
    expect(order.slice(0, 3)).toEqual([waiting[1]!.id, waiting[2]!.id, twice!.id]);
    expect(order.slice(3).sort()).toEqual(rush.map((p) => p.id).sort());
  });
});

describe('the number of seats changes', () => {
  it('lowering it keeps everyone seated and frees nothing; raising it seats the waitlist in order', async () => {
    const sessionId = await session(3, 'Minder plekken');
    const crowd = await people(5, 'Plek');
    for (const { client } of crowd) await signUp(client, sessionId);
    const change = (seats: number) =>
      org.as.ldAdmin.patch(`/api/v1/workshops/sessions/${sessionId}`, { seats });
    expect((await change(1)).statusCode).toBe(204);
    expect(await seatBook(sessionId)).toMatchObject({ seats: 1, confirmed: 3, rows: 3 });
    // Above the new number a seat given back goes: nobody is promoted, a newcomer waits.
    expect(
      (await crowd[0]!.client.post(`/api/v1/workshops/sessions/${sessionId}/cancel-registration`)).statusCode,
    ).toBe(204);
    expect(await seatBook(sessionId)).toMatchObject({ confirmed: 2, rows: 2 });
    const [late] = await people(1, 'Later');
    expect(await signUp(late!.client, sessionId)).toBe('waitlisted');
    expect(await waitlist(sessionId)).toEqual([crowd[3]!.id, crowd[4]!.id, late!.id]);
    // Four seats: two free ones, given to the first two waiting.
    expect((await change(4)).statusCode).toBe(204);
    expect(await seatBook(sessionId)).toMatchObject({ seats: 4, confirmed: 4, rows: 4 });
    expect(await waitlist(sessionId)).toEqual([late!.id]);
  });
});

// A claim another connection holds open only exists with a PostgreSQL server (PGlite runs one
// transaction at a time, so there the tests above are the whole story).
describe.runIf(inject('testDatabase').kind === 'postgres')('a seat whose claim is still in flight', () => {
  /** Holds the session's one seat row locked (as a sign-up claiming it would), until `release`. */
  async function holdSeat(sessionId: string, outcome: 'commit' | 'rollback') {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const done = db
      .transaction()
      .execute(async (trx) => {
        await sql`SELECT seat FROM event_seats WHERE session_id = ${sessionId} FOR UPDATE`.execute(trx);
        if (outcome === 'commit') {
          const [holder] = await people(1, 'Houder');
          const registration = await sql<{ id: string }>`INSERT INTO event_registrations
            (organisation_id, session_id, person_id, status)
            VALUES (${org.organisation.id}, ${sessionId}, ${holder!.id}, 'confirmed') RETURNING id`.execute(
            trx,
          );
          await sql`UPDATE event_seats SET registration_id = ${registration.rows[0]!.id}
            WHERE session_id = ${sessionId}`.execute(trx);
        }
        locked();
        await released;
        if (outcome === 'rollback') throw new Error('rolled back on purpose');
      })
      .catch((error: Error) => {
        if (error.message !== 'rolled back on purpose') throw error;
      });
    await isLocked;
    return { release, done };
  }

  /** Until a backend waits for a lock (the sign-up's claim waiting for the held seat). */
  async function untilWaiting() {
    for (let tries = 0; tries < 200; tries += 1) {
      const waiting = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db);
      if (waiting.rows[0]!.n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('no sign-up waited for the held seat');
  }

  it('rolled back: the sign-up that waited for it gets the seat, instead of a waitlist place beside a free seat', async () => {
    const sessionId = await session(1, 'Teruggedraaid');
    const [me] = await people(1, 'Ik');
    const held = await holdSeat(sessionId, 'rollback');
    const answer = signUp(me!.client, sessionId);
    await untilWaiting().finally(() => held.release());
    await held.done;
    expect(await answer).toBe('confirmed');
    expect(await seatBook(sessionId)).toMatchObject({ confirmed: 1, rows: 1 });
  });

  it('committed: the sign-up that waited for it is first on the waitlist', async () => {
    const sessionId = await session(1, 'Doorgezet');
    const [me] = await people(1, 'Ik');
    const held = await holdSeat(sessionId, 'commit');
    const answer = signUp(me!.client, sessionId);
    await untilWaiting().finally(() => held.release());
    await held.done;
    expect(await answer).toBe('waitlisted');
    expect(await waitlist(sessionId)).toEqual([me!.id]);
    expect(await seatBook(sessionId)).toMatchObject({ confirmed: 1, rows: 1 });
  });
});
