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
import { profileDatabase, runLoad } from './profile-support.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';

const _root = new URL('..', import.meta.url).pathname;
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.PROFILE_DB ?? `groeipad_home_${Date.now().toString(36)}`;
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const sequential = Number(process.env.PROFILE_SEQUENTIAL ?? 200);

const { url, exists } = await profileDatabase(server, name);
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

const load = runLoad;

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
