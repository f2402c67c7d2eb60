import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
// Its type parsers (date as yyyy-mm-dd, int8 as number) apply to this pool too.
import '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { Database } from '../src/server/db/schema.ts';
import { profileDatabase, runLoad } from './profile-support.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';
import { seedSocial } from './social.ts';

const _root = new URL('..', import.meta.url).pathname;
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.PROFILE_DB ?? `groeipad_social_${Date.now().toString(36)}`;
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const sequential = Number(process.env.PROFILE_SEQUENTIAL ?? 200);

const { url, exists } = await profileDatabase(server, name);
const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
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
const app = await buildApp({ db, config }, { logger: (await import('pino')).default({ level: 'error' }) });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const signedIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(benchAdmin),
});
const cookie = signedIn.headers
  .getSetCookie()
  .find((value) => value.startsWith('gp_session='))!
  .split(';')[0]!;
const get = (path: string) => fetch(`${baseUrl}${path}`, { headers: { cookie } });
await get('/api/v1/knowledge/spaces');

let challengeId: string;
if (!exists) {
  const started = performance.now();
  const social = await seedSocial(db, organisationId);
  challengeId = social.challengeId;
  console.log('social seeded', { ...social.seeded, seconds: (performance.now() - started) / 1000 });
} else
  challengeId = (
    await db
      .selectFrom('challenges')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('title', 'like', 'Bench:%')
      .executeTakeFirstOrThrow()
  ).id;

const load = runLoad;

const paths = [
  '/api/v1/health',
  '/api/v1/knowledge/feed',
  '/api/v1/knowledge/posts',
  `/api/v1/challenges/${challengeId}`,
  '/api/v1/recognition/leaderboard',
];
for (const path of paths) {
  const first = await get(path);
  if (!first.ok) throw new Error(`${path}: ${first.status} ${await first.text()}`);
  await first.arrayBuffer();
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < sequential; i++) await (await get(path)).arrayBuffer();
  const used = process.cpuUsage(before);
  console.log(
    `${path.padEnd(60)} one at a time: ${((performance.now() - started) / sequential).toFixed(2)} ms/request, app+client CPU ${((used.user + used.system) / 1000 / sequential).toFixed(2)} ms`,
  );
}
if (seconds > 0) {
  let floor = 0;
  for (const path of paths) {
    const result = await load({
      url: baseUrl,
      paths: [path],
      cookie,
      connections: 50,
      durationSeconds: seconds,
    });
    if (path.endsWith('/health')) floor = result.p95 ?? 0;
    console.log(
      `${path.padEnd(60)} 50 connections: ${Math.round(result.requestsPerSecond)}/s p50 ${result.p50?.toFixed(1)} ms p95 ${result.p95?.toFixed(1)} ms = ${floor ? ((result.p95 ?? 0) / floor).toFixed(1) : '?'}× floor${result.non2xx ? ` ${result.non2xx} non-2xx` : ''}`,
    );
  }
}
console.log(`kept database ${name} (PROFILE_DB=${name} to reuse; drop it when done)`);
await app.close();
await db.destroy();
