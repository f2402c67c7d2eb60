// Workshop figures for `npm run bench`: sign-ups per second for one 500-seat session with 50
// connections at once (each request a different signed-in person), and the count afterwards: exactly
// 500 confirmed, the rest on the waitlist, nobody overbooked.

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../src/server/db/schema.gen.ts';
import type { Row } from './report.ts';
import { benchAdmin } from './seed.ts';

type Session = { cookie: string; csrfToken: string };
type SignIn = (baseUrl: string, account: { email: string; password: string }) => Promise<Session>;

const seats = 500;
const people = 550;
const connections = 50;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function eventRows(options: {
  db: Kysely<DB>;
  label: string;
  baseUrl: string;
  session: Session;
  organisationId: string;
  signIn: SignIn;
}): Promise<Row[]> {
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
  const crowd = await db
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
      crowd.map((p) => p.id),
    )
    .execute();
  const sessions: Session[] = [];
  for (const person of crowd)
    sessions.push(await options.signIn(baseUrl, { email: person.email, password: benchAdmin.password }));

  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < sessions.length) {
        const attendee = sessions[next++]!;
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}/api/v1/workshops/sessions/${sessionId}/sign-up`, {
          method: 'POST',
          headers: { cookie: attendee.cookie, 'x-csrf-token': attendee.csrfToken },
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const counts = await sql<{ status: string; n: number }>`
    SELECT status, count(*)::int AS n FROM event_registrations
     WHERE organisation_id = ${organisationId} AND session_id = ${sessionId} GROUP BY status`.execute(db);
  const of = (status: string) => counts.rows.find((r) => r.status === status)?.n ?? 0;
  const sorted = latencies.sort((a, b) => a - b);
  const rate = sessions.length / seconds;
  const overbooked = Math.max(0, of('confirmed') - seats);
  console.log('workshop sign-ups', {
    rate,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    failed,
    counts: counts.rows,
  });
  return [
    {
      database: options.label,
      figure: `Workshop sign-ups, ${sessions.length} people for one ${seats}-seat session (${connections} connections)`,
      result: `${Math.round(rate)} sign-ups/s (p50 ${Math.round(percentile(sorted, 0.5))} ms, p95 ${Math.round(percentile(sorted, 0.95))} ms); ${of('confirmed')} confirmed, ${of('waitlisted')} waitlisted, ${overbooked} overbooked, ${failed} failed`,
      rate,
      aim: `exactly ${seats} confirmed`,
      met: overbooked === 0 && of('confirmed') === seats && failed === 0 ? 'yes' : 'NO',
    },
  ];
}

/**
 * The week view for a person with a year of entries: 730 logged entries (two a day for a year) for the
 * signed-in admin, then GET /learning-time/week at 50 connections (500 requests).
 */
export async function weekViewRows(options: {
  db: Kysely<DB>;
  label: string;
  baseUrl: string;
  session: Session;
  organisationId: string;
}): Promise<Row[]> {
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
  const requests = 500;
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < requests) {
        next += 1;
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}/api/v1/learning-time/week`, {
          headers: { cookie: session.cookie },
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const rate = requests / seconds;
  console.log('week view', { rate, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), failed });
  return [
    {
      database: options.label,
      figure: `GET /learning-time/week, a person with a year of entries (730), ${connections} connections`,
      result: `p50 ${Math.round(percentile(sorted, 0.5))} ms, p95 ${Math.round(percentile(sorted, 0.95))} ms, ${Math.round(rate)}/s (${requests} requests, ${failed} failed)`,
      rate,
      aim: '—',
      met: failed === 0 ? '—' : 'NO',
    },
  ];
}
