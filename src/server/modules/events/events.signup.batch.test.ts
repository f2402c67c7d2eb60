import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { runChange } from '../../core/change.ts';
import { actingAs } from '../../factories/domain.ts';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { takeSeats } from './events.seats.ts';
import { signUp } from './events.signup.batch.ts';
import { cancelRegistration } from './events.signup.service.ts';

// Sign-ups written together (events.signup.batch.ts). Called in one moment in a known order, the first
// is written at once and the others gather behind it into one transaction: the rules of one sign-up at
// a time must hold for them (exactly the seats, arrival order, the waitlist's order), and one person's
// trouble must not become the others'. Runs on PGlite and on PostgreSQL (TEST_DATABASE_URL).

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function session(seats: number, title: string) {
  const created = await org.as.ldAdmin.post('/api/v1/workshops', {
    language: 'nl',
    title,
    sessions: [{ startsAt: inHours(48), endsAt: inHours(50), location: 'Zaal 3', seats }],
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ sessions: { id: string }[] }>().sessions[0]!.id;
}

async function people(count: number, prefix: string) {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1)
    ids.push((await buildPerson(db, org.organisation.id, { givenName: `${prefix}${n}` })).id);
  return ids;
}

const as = (personId: string) => actingAs(db, { organisationId: org.organisation.id, personId });

/** Everyone's sign-up at the same moment, in this order; each answer or the error it gave. */
const allAtOnce = (personIds: string[], sessionId: string) =>
  Promise.all(
    personIds.map((id) => signUp(as(id), sessionId).catch((error: { code?: string }) => error.code)),
  );

const registrations = async (sessionId: string) =>
  (
    await sql<{ person_id: string; status: string; writer: string }>`
      SELECT r.person_id, r.status, r.xmin::text AS writer FROM event_registrations r
       WHERE r.session_id = ${sessionId} ORDER BY r.signed_up_at, r.id`.execute(db)
  ).rows;

const heldSeats = async (sessionId: string) =>
  (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM event_seats e
      JOIN event_registrations r ON r.id = e.registration_id AND r.status = 'confirmed'
     WHERE e.session_id = ${sessionId}`.execute(db)
  ).rows[0]!.n;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

afterEach(async () => {
  await sql`DROP TRIGGER IF EXISTS refuse_one ON event_registrations`.execute(db);
  await sql`DROP FUNCTION IF EXISTS refuse_one_registration()`.execute(db);
});

describe('sign-ups written together', () => {
  it('of twelve at once for three seats the first three arrivals get them and the rest wait in arrival order', async () => {
    const sessionId = await session(3, 'Samen geschreven');
    const crowd = await people(12, 'Rij');
    const answers = await allAtOnce(crowd, sessionId);
    expect(answers).toEqual([...Array(3).fill('confirmed'), ...Array(9).fill('waitlisted')]);

    const written = await registrations(sessionId);
    expect(written.filter((r) => r.status === 'confirmed').map((r) => r.person_id)).toEqual(
      crowd.slice(0, 3),
    );
    expect(written.filter((r) => r.status === 'waitlisted').map((r) => r.person_id)).toEqual(crowd.slice(3));
    expect(await heldSeats(sessionId)).toBe(3);
    // Written together: the first alone, the eleven who came while it was written in one transaction.
    expect(new Set(written.map((r) => r.writer)).size).toBe(2);

    // The waitlist's order is the arrival order: a freed seat goes to the fourth to arrive.
    await cancelRegistration(as(crowd[0]!), sessionId, '');
    const after = await registrations(sessionId);
    expect(after.find((r) => r.person_id === crowd[3])?.status).toBe('confirmed');
    expect(await heldSeats(sessionId)).toBe(3);
  });

  it('a person who cannot take a seat gets their own answer and the others theirs', async () => {
    const sessionId = await session(2, 'Met uitzonderingen');
    const [before, first, second, third] = await people(4, 'Gemengd');
    expect(await signUp(as(before!), sessionId)).toBe('confirmed');
    const stranger = crypto.randomUUID(); // not a person of this organisation
    const answers = await allAtOnce([first!, stranger, before!, first!, second!, third!], sessionId);
    // Signing up twice (before, or a double click in the batch) answers my place; a stranger finds no
    // session; the seat left goes to the first.
    expect(answers).toEqual(['confirmed', 'not_found', 'confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect((await registrations(sessionId)).map((r) => [r.person_id, r.status])).toEqual([
      [before, 'confirmed'],
      [first, 'confirmed'],
      [second, 'waitlisted'],
      [third, 'waitlisted'],
    ]);
    expect(await heldSeats(sessionId)).toBe(2);
  });

  it('a batch that fails for one person is written person by person: only that person fails', async () => {
    const sessionId = await session(2, 'Eén weigert');
    const [opener, early, refused, late, later] = await people(5, 'Weiger');
    // The database refuses one person's registration (as a broken row or constraint would).
    await sql
      .raw(`CREATE FUNCTION refuse_one_registration() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'refused'; END $$`)
      .execute(db);
    await sql
      .raw(`CREATE TRIGGER refuse_one BEFORE INSERT ON event_registrations FOR EACH ROW
        WHEN (NEW.person_id = '${refused}') EXECUTE FUNCTION refuse_one_registration()`)
      .execute(db);
    const answers = await allAtOnce([opener!, early!, refused!, late!, later!], sessionId);
    expect(answers[2]).not.toMatch(/^(confirmed|waitlisted)$/);
    expect(answers.filter((_, n) => n !== 2)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    const written = await registrations(sessionId);
    expect(written.map((r) => [r.person_id, r.status])).toEqual([
      [opener, 'confirmed'],
      [early, 'confirmed'],
      [late, 'waitlisted'],
      [later, 'waitlisted'],
    ]);
    expect(await heldSeats(sessionId)).toBe(2);
  });
});

// Another instance gathers its own sign-ups: the database's locks decide between the two batches.
describe.runIf(inject('testDatabase').kind === 'postgres')(
  'another instance writing a batch at the same moment',
  () => {
    /** Until a backend waits for a lock (our sign-ups waiting for the other batch's seats). */
    async function untilWaiting() {
      for (let tries = 0; tries < 200; tries += 1) {
        const waiting = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db);
        if (waiting.rows[0]!.n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('no sign-up waited for the other batch');
    }

    /** The other instance's batch for `theirs`, written and held open until `release`. */
    async function otherBatch(sessionId: string, theirs: string[], outcome: 'commit' | 'rollback') {
      const { content_id: contentId } = (
        await sql<{
          content_id: string;
        }>`SELECT content_id FROM event_sessions WHERE id = ${sessionId}`.execute(db)
      ).rows[0]!;
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let written!: () => void;
      const isWritten = new Promise<void>((resolve) => {
        written = resolve;
      });
      const done = runChange(as(theirs[0]!), async (tx) => {
        const people = theirs.map((personId) => ({ personId, by: as(personId) }));
        const outcomes = await takeSeats(tx, { sessionId, contentId, people });
        written();
        await released;
        if (outcome === 'rollback') throw new Error('rolled back on purpose');
        return outcomes;
      }).catch((error: Error) => {
        if (error.message !== 'rolled back on purpose') throw error;
        return null;
      });
      await isWritten;
      return { release, done };
    }

    it('committed: the other batch keeps the last seats and ours all wait, in arrival order', async () => {
      const sessionId = await session(2, 'Twee instanties');
      const theirs = await people(3, 'Daar');
      const ours = await people(3, 'Hier');
      const other = await otherBatch(sessionId, theirs, 'commit');
      const answers = allAtOnce(ours, sessionId);
      await untilWaiting().finally(() => other.release());
      expect([...(await other.done)!.values()]).toEqual(['confirmed', 'confirmed', 'waitlisted']);
      expect(await answers).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);
      const written = await registrations(sessionId);
      expect(written.filter((r) => r.status === 'waitlisted').map((r) => r.person_id)).toEqual([
        theirs[2],
        ...ours,
      ]);
      expect(await heldSeats(sessionId)).toBe(2);
    });

    it('rolled back: its seats go to ours, the earliest arrivals first, none left free beside a waitlist', async () => {
      const sessionId = await session(2, 'Teruggedraaide batch');
      const theirs = await people(2, 'Daar');
      const ours = await people(3, 'Hier');
      const other = await otherBatch(sessionId, theirs, 'rollback');
      const answers = allAtOnce(ours, sessionId);
      await untilWaiting().finally(() => other.release());
      expect(await other.done).toBeNull();
      expect(await answers).toEqual(['confirmed', 'confirmed', 'waitlisted']);
      expect(await heldSeats(sessionId)).toBe(2);
    });
  },
);
