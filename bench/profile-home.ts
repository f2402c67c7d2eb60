// The home page's figures without the whole bench: a PostgreSQL database with the bench's organisation
// (10,000 people) and bench/campaigns.ts's campaign round (a campaign with banner, card and e-mail sent
// to everyone, a current theme) is made once and kept; then GET /api/v1/home is asked one at a time with
// every statement it sends timed (Kysely's query log), and under 10 connections next to the signed-in
// /health floor.
//   node bench/profile-home.ts                     seeds a fresh database
//   PROFILE_DB=<name> node bench/profile-home.ts   reuses it (new migrations are applied)
//   PROFILE_SECONDS=5 (each load), PROFILE_SEQUENTIAL=200 (requests per path, one at a time)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
// Its type parsers (date as yyyy-mm-dd, int8 as number) apply to this pool too.
import '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { Database } from '../src/server/db/schema.ts';
import { campaignRows } from './campaigns.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';

const root = new URL('..', import.meta.url).pathname;
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.PROFILE_DB ?? `groeipad_home_${Date.now().toString(36)}`;
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const sequential = Number(process.env.PROFILE_SEQUENTIAL ?? 200);

const admin = new pg.Pool({ connectionString: server, max: 1 });
const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
if (!exists) await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
const url = new URL(server);
url.pathname = `/${name}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
// Every statement's text and time, while `recording` is on.
let recording = false;
const statements = new Map<string, { count: number; ms: number }>();
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (event) => {
    if (!recording) return;
    const key = event.query.sql.replace(/\s+/g, ' ').slice(0, 150);
    const entry = statements.get(key) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += event.queryDurationMillis;
    statements.set(key, entry);
  },
});
await migrate(db);

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
const app = await buildApp({ db, config }, { logger: pino({ level: 'error' }) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

function load(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bench/load.ts')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.end(JSON.stringify(options));
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load exited ${code}`)),
    );
  });
}

const organisationId = exists
  ? (await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow())
      .id
  : (await seedLargeOrganisation(db)).organisationId;
const signedIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(benchAdmin),
});
const session = signedIn.headers
  .getSetCookie()
  .find((value) => value.startsWith('gp_session='))!
  .split(';')[0]!;
if (!exists) {
  // The campaign bench's setup (its own short loads included): the send round and a current theme.
  await campaignRows({
    db,
    config,
    label: 'profile',
    baseUrl,
    session: { cookie: session, csrfToken: '' },
    organisationId,
    loadSeconds: 1,
    load,
    describeLoad: (database, figure) => ({ database, figure, result: '', aim: '—', met: '—' }),
    signedInP95: 1,
  });
  console.log('seeded', name);
}
const get = (path: string) => fetch(`${baseUrl}${path}`, { headers: { cookie: session } });

const paths = ['/api/v1/health', '/api/v1/me', '/api/v1/spotlight', '/api/v1/home'];
for (const path of paths) {
  const first = await get(path);
  if (!first.ok) throw new Error(`${path}: ${first.status} ${await first.text()}`);
  await first.arrayBuffer();
  statements.clear();
  recording = true;
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < sequential; i++) await (await get(path)).arrayBuffer();
  const used = process.cpuUsage(before);
  recording = false;
  console.log(
    `${path.padEnd(24)} one at a time: ${((performance.now() - started) / sequential).toFixed(2)} ms/request, app+client CPU ${((used.user + used.system) / 1000 / sequential).toFixed(2)} ms`,
  );
  for (const [text, { count, ms }] of statements)
    console.log(`    ${(count / sequential).toFixed(2)}× ${(ms / count).toFixed(2)} ms  ${text}`);
}
if (seconds > 0) {
  let floor = 0;
  for (const path of paths) {
    const result = await load({
      url: baseUrl,
      paths: [path],
      cookie: session,
      connections: 10,
      durationSeconds: seconds,
    });
    if (path.endsWith('/health')) floor = result.p95 ?? 0;
    console.log(
      `${path.padEnd(24)} 10 connections: ${Math.round(result.requestsPerSecond)}/s p50 ${result.p50?.toFixed(1)} ms p95 ${result.p95?.toFixed(1)} ms = ${floor ? ((result.p95 ?? 0) / floor).toFixed(1) : '?'}× floor${result.non2xx ? ` ${result.non2xx} non-2xx` : ''}`,
    );
  }
}
console.log(`kept database ${name} (PROFILE_DB=${name} to reuse; drop it when done)`);
await app.close();
await db.destroy();
