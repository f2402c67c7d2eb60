// Workshop figures for `npm run bench -- --only events`: sign-ups per second for one 500-seat session
// with 50 connections at once (each request a different signed-in person), and the count afterwards:
// exactly 500 confirmed, the rest on the waitlist, nobody overbooked; and the learning-time week view of
// a person with a year of entries. Both are put on the app by autocannon in its own process, as the floor
// is (bench/load.ts), so the load generator does not share the server's event loop; p95 is told as a
// multiple of the same run's signed-in /health p95 (the floor). Aim: under 2×. Sign-ups are also told
// against a bare write measured just before them (bareWriteRows): what any write costs on this machine.

import Fastify from 'fastify';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../src/server/db/schema.gen.ts';
import { trackRequests } from './floor.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Row } from './report.ts';
import { benchAdmin } from './seed.ts';

type Session = { cookie: string; csrfToken: string };
type SignIn = (baseUrl: string, account: { email: string; password: string }) => Promise<Session>;

const seats = 500;
const people = 550;
const connections = 50;
const aimRatio = 2;

type Options = {
  db: Kysely<DB>;
  label: string;
  baseUrl: string;
  session: Session;
  organisationId: string;
  loadSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
  /** The same run's signed-in /health p95 (the floor). */
  signedInP95: number;
};

const ms = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(1)} ms`);

/** "p95 = 3.1× the signed-in /health p95 (8.8 ms)" and whether that is under the aim. */
function toFloor(result: LoadResult, signedInP95: number) {
  if (result.p95 === null || signedInP95 <= 0) return { text: '', isMet: false };
  const ratio = result.p95 / signedInP95;
  return {
    text: `; p95 = ${ratio.toFixed(1)}× the signed-in /health p95 (${signedInP95.toFixed(1)} ms)`,
    isMet: ratio < aimRatio,
  };
}

/**
 * The cheapest honest write per request: a plain Fastify route (no session, no validation) on the app's
 * own pool that opens a transaction, inserts one row and commits (a durable commit, as a sign-up's),
 * 50 connections for the run's load time. Nothing of Groeipad's but the pool and the database.
 */
async function bareWrite(options: Options) {
  const { db, organisationId } = options;
  await sql`CREATE TABLE IF NOT EXISTS bench_bare_writes (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(), organisation_id uuid NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const app = Fastify({ logger: false });
  const untilIdle = trackRequests(app);
  app.post('/bare-write', async () => {
    await db.transaction().execute(async (trx) => {
      await sql`INSERT INTO bench_bare_writes (organisation_id) VALUES (${organisationId})`.execute(trx);
    });
    return { written: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no bare write address');
  try {
    const result = await options.load({
      url: `http://127.0.0.1:${address.port}`,
      paths: ['/bare-write'],
      method: 'POST',
      connections,
      durationSeconds: options.loadSeconds,
    });
    console.log('bare write', result);
    return result;
  } finally {
    await untilIdle();
    await app.close();
  }
}

export async function eventRows(options: Options & { signIn: SignIn }): Promise<Row[]> {
  const { db, baseUrl, session, organisationId } = options;
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const created = await fetch(`${baseUrl}/api/v1/workshops`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      language: 'nl',
      title: 'Bench: grote bijeenkomst',
      sessions: [
        {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
          location: 'Aula',
          seats,
        },
      ],
    }),
  });
  if (created.status !== 201) throw new Error(`create event: ${created.status} ${await created.text()}`);
  const sessionId = ((await created.json()) as { sessions: { id: string }[] }).sessions[0]!.id;
  // Attendees sign in with the admin's password (the same hash).
  const { password_hash } = await db
    .selectFrom('people')
    .select('password_hash')
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  const attendees = await db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('email', '<>', benchAdmin.email)
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(people)
    .execute();
  await db
    .updateTable('people')
    .set({ password_hash })
    .where('organisation_id', '=', organisationId)
    .where(
      'id',
      'in',
      attendees.map((p) => p.id),
    )
    .execute();
  const sessions: Session[] = [];
  for (const person of attendees)
    sessions.push(await options.signIn(baseUrl, { email: person.email, password: benchAdmin.password }));

  // Right before the crowd, so both see the machine alike.
  const bare = await bareWrite(options);
  const crowd = await options.load({
    url: baseUrl,
    paths: [`/api/v1/workshops/sessions/${sessionId}/sign-up`],
    method: 'POST',
    connections,
    durationSeconds: options.loadSeconds,
    amount: sessions.length,
    headerSets: sessions.map((s) => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken })),
  });
  const counts = await sql<{ status: string; n: number }>`
    SELECT status, count(*)::int AS n FROM event_registrations
     WHERE organisation_id = ${organisationId} AND session_id = ${sessionId} GROUP BY status`.execute(db);
  const of = (status: string) => counts.rows.find((r) => r.status === status)?.n ?? 0;
  const rate = crowd.requests / (crowd.seconds || 1);
  const failed = crowd.non2xx + crowd.errors;
  const overbooked = Math.max(0, of('confirmed') - seats);
  const floor = toFloor(crowd, options.signedInP95);
  console.log('workshop sign-ups', { ...crowd, rate, counts: counts.rows });
  const isExact = overbooked === 0 && of('confirmed') === seats && failed === 0 && crowd.requests === people;
  const toBareWrite =
    crowd.p95 !== null && bare.p95 ? `; p95 = ${(crowd.p95 / bare.p95).toFixed(1)}× a bare write's p95` : '';
  return [
    {
      database: options.label,
      figure: `Bare write: plain Fastify POST, one INSERT in a transaction and COMMIT on the app's pool (${connections} connections; the sign-ups' write reference)`,
      result: `${Math.round(bare.requestsPerSecond)} writes/s (p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}, ${bare.requests} requests, ${bare.non2xx + bare.errors} failed)`,
      rate: bare.requestsPerSecond,
      aim: '—',
      met: '—',
    },
    {
      database: options.label,
      figure: `Workshop sign-ups, ${sessions.length} people for one ${seats}-seat session (${connections} connections)`,
      result: `${Math.round(rate)} sign-ups/s (p50 ${ms(crowd.p50)}, p95 ${ms(crowd.p95)}); ${of('confirmed')} confirmed, ${of('waitlisted')} waitlisted, ${overbooked} overbooked, ${failed} failed${floor.text}${toBareWrite ? `${toBareWrite} (${ms(bare.p95)})` : ''}`,
      rate,
      aim: `exactly ${seats} confirmed; p95 < ${aimRatio}× floor`,
      met: `${isExact ? 'yes' : '**NO**'}; ${floor.isMet ? 'yes' : '**no**'}`,
    },
  ];
}

/**
 * The week view for a person with a year of entries: 730 logged entries (two a day for a year) for the
 * signed-in admin, then GET /learning-time/week at 50 connections (500 requests).
 */
export async function weekViewRows(options: Options): Promise<Row[]> {
  const { db, baseUrl, session, organisationId } = options;
  const { id: personId } = await db
    .selectFrom('people')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
    SELECT ${organisationId}, ${personId}, current_date - d, 15 + (d % 4) * 15, 'manual', 'Bench: een jaar leertijd'
      FROM generate_series(0, 364) AS d, generate_series(1, 2) AS twice`.execute(db);
  const week = await options.load({
    url: baseUrl,
    paths: ['/api/v1/learning-time/week'],
    cookie: session.cookie,
    connections,
    durationSeconds: options.loadSeconds,
  });
  const floor = toFloor(week, options.signedInP95);
  console.log('week view', week);
  const failed = week.non2xx + week.errors;
  return [
    {
      database: options.label,
      figure: `GET /learning-time/week, a person with a year of entries (730), ${connections} connections`,
      result: `p50 ${ms(week.p50)}, p95 ${ms(week.p95)}, ${Math.round(week.requestsPerSecond)}/s (${week.requests} requests, ${failed} failed)${floor.text}`,
      rate: week.requestsPerSecond,
      aim: `p95 < ${aimRatio}× floor`,
      met: floor.isMet && failed === 0 ? 'yes' : '**no**',
    },
  ];
}
