import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
import { createDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { profileDatabase, runLoad } from './profile-support.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';

type Session = { cookie: string; csrfToken: string };
const _root = new URL('..', import.meta.url).pathname;
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.PROFILE_DB ?? `groeipad_events_${Date.now().toString(36)}`;
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const sequential = Number(process.env.PROFILE_SEQUENTIAL ?? 300);
const withSignUps = process.env.PROFILE_SIGNUPS !== '0';
const sessionsFile = `/tmp/${name}.sessions.json`;

const { url, exists } = await profileDatabase(server, name);
// As the app opens it (named statements honoured, see db/prepared.ts).
const handle = await createDatabase({ databaseUrl: url.toString() });
const db = handle.db;
await migrate(db);
const organisationId = exists
  ? (await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow())
      .id
  : (await seedLargeOrganisation(db)).organisationId;

const config: Config = {
  port: 0,
  baseUrl: 'http://127.0.0.1',
  databaseUrl: url.toString(),
  dataDir: '/tmp/groeipad-profile',
  smtpUrl: undefined,
  sessionSecret: 'benchmark-secret-benchmark-secret-benchmark',
  logLevel: 'silent',
  seedDemo: false,
  isProduction: false,
};
const app = await buildApp(
  { db, config },
  { database: handle, logger: (await import('pino')).default({ level: 'error' }) },
);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function signIn(account: { email: string; password: string }): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .find((value) => value.startsWith('gp_session='))!
    .split(';')[0]!;
  return { cookie, csrfToken: ((await response.json()) as { csrfToken: string }).csrfToken };
}

const me = await signIn(benchAdmin);
let attendees: Session[];
if (!exists || !existsSync(sessionsFile)) {
  const { id: personId, password_hash } = await db
    .selectFrom('people')
    .select(['id', 'password_hash'])
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
    SELECT ${organisationId}, ${personId}, current_date - d, 15 + (d % 4) * 15, 'manual', 'Bench: een jaar leertijd'
      FROM generate_series(0, 364) AS d, generate_series(1, 2) AS twice`.execute(db);
  const crowd = await db
    .selectFrom('people')
    .select(['id', 'email'])
    .where('organisation_id', '=', organisationId)
    .where('email', '<>', benchAdmin.email)
    .where('status', '=', 'active')
    .orderBy('id')
    .limit(550)
    .execute();
  await db
    .updateTable('people')
    .set({ password_hash })
    .where(
      'id',
      'in',
      crowd.map((p) => p.id),
    )
    .execute();
  attendees = [];
  for (const person of crowd)
    attendees.push(await signIn({ email: person.email, password: benchAdmin.password }));
  writeFileSync(sessionsFile, JSON.stringify(attendees));
} else attendees = JSON.parse(readFileSync(sessionsFile, 'utf8')) as Session[];

const load = runLoad;

const get = (path: string) => fetch(`${baseUrl}${path}`, { headers: { cookie: me.cookie } });
const paths = ['/api/v1/health', '/api/v1/me', '/api/v1/learning-time/week'];
for (const path of paths) {
  for (let i = 0; i < 50; i++) await (await get(path)).arrayBuffer();
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < sequential; i++) await (await get(path)).arrayBuffer();
  const used = process.cpuUsage(before);
  console.log(
    `${path.padEnd(40)} one at a time: ${((performance.now() - started) / sequential).toFixed(2)} ms/request, app+client CPU ${((used.user + used.system) / 1000 / sequential).toFixed(2)} ms`,
  );
}
let floor = 0;
if (seconds > 0)
  for (const path of paths) {
    const result = await load({
      url: baseUrl,
      paths: [path],
      cookie: me.cookie,
      connections: 50,
      durationSeconds: seconds,
    });
    if (path.endsWith('/health')) floor = result.p95 ?? 0;
    console.log(
      `${path.padEnd(40)} 50 connections: ${Math.round(result.requestsPerSecond)}/s p50 ${result.p50?.toFixed(1)} ms p95 ${result.p95?.toFixed(1)} ms = ${floor ? ((result.p95 ?? 0) / floor).toFixed(1) : '?'}× floor${result.non2xx ? ` ${result.non2xx} non-2xx` : ''}`,
    );
  }

if (withSignUps) await signUpCrowd();

async function signUpCrowd() {
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const created = await fetch(`${baseUrl}/api/v1/workshops`, {
    method: 'POST',
    headers: { cookie: me.cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      language: 'nl',
      title: 'Profiel: grote bijeenkomst',
      sessions: [
        {
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          location: 'Aula',
          seats: 500,
        },
      ],
    }),
  });
  if (created.status !== 201) throw new Error(`create event: ${created.status} ${await created.text()}`);
  const sessionId = ((await created.json()) as { sessions: { id: string }[] }).sessions[0]!.id;
  const cpu = process.cpuUsage();
  const crowd = await load({
    url: baseUrl,
    paths: [`/api/v1/workshops/sessions/${sessionId}/sign-up`],
    method: 'POST',
    connections: 50,
    durationSeconds: 30,
    amount: attendees.length,
    headerSets: attendees.map((s) => ({ cookie: s.cookie, 'x-csrf-token': s.csrfToken })),
  });
  const used = process.cpuUsage(cpu);
  const counts = await sql<{
    status: string;
    n: number;
  }>`SELECT status, count(*)::int AS n FROM event_registrations
  WHERE session_id = ${sessionId} GROUP BY status`.execute(db);
  console.log(
    `sign-ups: ${Math.round(crowd.requests / (crowd.seconds || 1))}/s p50 ${crowd.p50?.toFixed(1)} ms p95 ${crowd.p95?.toFixed(1)} ms = ${floor ? ((crowd.p95 ?? 0) / floor).toFixed(1) : '?'}× floor; app CPU ${((used.user + used.system) / 1000 / crowd.requests).toFixed(2)} ms/sign-up; ${JSON.stringify(counts.rows)} ${crowd.non2xx} non-2xx`,
  );
}
console.log(`kept database ${name} (PROFILE_DB=${name} to reuse; drop it when done)`);
await app.close();
await handle.close();
