// Single-request timings for the catalogue read side, without load: p50/p95 of sequential requests per
// URL through app.inject, plus the SQL each request runs and the slowest statements' EXPLAIN.
//   node bench/profile-catalogue.ts            seeds a fresh PostgreSQL database and keeps it
//   PROFILE_DB=<name> node bench/profile-catalogue.ts   reuses it (new migrations are applied)
//   PROFILE_EXPLAIN=1 adds EXPLAIN (ANALYZE, BUFFERS) of each request's slowest statement.
//   PROFILE_PATHS=/api/v1/people?q=jansen,...   profiles other URLs instead.
//   PROFILE_DUMP=/tmp/sql writes every statement with its parameters inlined, for psql.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
// Its type parsers (date as yyyy-mm-dd, int8 as number) apply to this pool too.
import '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { Database } from '../src/server/db/schema.ts';
import { catalogueSearches, seedCatalogue } from './catalogue.ts';
import { percentile } from './load.ts';
import { profileDatabase } from './profile-support.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';
import { seedStatements } from './xapi.ts';

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const rounds = Number(process.env.PROFILE_ROUNDS ?? 50);
const name = process.env.PROFILE_DB ?? `groeipad_profile_${Date.now().toString(36)}`;

type Logged = { sql: string; parameters: readonly unknown[]; ms: number };
let log: Logged[] | null = null;

const { url, exists } = await profileDatabase(server, name);
const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log(event) {
    if (log && event.level === 'query')
      log.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis });
  },
});
await migrate(db);
if (!exists) {
  const seeded = await seedLargeOrganisation(db);
  const person = await db
    .selectFrom('people')
    .select('id')
    .where('organisation_id', '=', seeded.organisationId)
    .where('email', '=', benchAdmin.email)
    .executeTakeFirstOrThrow();
  await seedCatalogue(db, {
    organisationId: seeded.organisationId,
    personId: person.id,
    items: 5_000,
    enrolments: 200,
  });
  await seedStatements(db, {
    organisationId: seeded.organisationId,
    count: Number(process.env.PROFILE_STATEMENTS ?? 10_000),
  });
  console.log(`seeded ${name}`);
} else await sql`ANALYZE`.execute(db);

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
const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: benchAdmin });
const cookie = signIn.cookies.find((c) => c.name === 'gp_session');
if (!cookie) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);

const paths = process.env.PROFILE_PATHS
  ? process.env.PROFILE_PATHS.split(',')
  : [
      ...catalogueSearches.map((term) => `/api/v1/catalogue?q=${encodeURIComponent(term)}`),
      '/api/v1/catalogue',
      '/api/v1/learning/mine',
    ];
const inline = (text: string, parameters: readonly unknown[]) =>
  text.replace(/\$(\d+)/g, (_, n) => {
    const value = parameters[Number(n) - 1];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return `'${value.toISOString()}'`;
    return `'${String(value).replaceAll("'", "''")}'`;
  });

const all: number[] = [];
for (const path of paths) {
  const get = () => app.inject({ method: 'GET', url: path, cookies: { gp_session: cookie.value } });
  // The first request of the process: caches are cold.
  const firstStarted = performance.now();
  log = [];
  const first = await get();
  // The statements of the cold request are the ones worth explaining (later ones may be cached).
  const coldQueries = log;
  log = null;
  const firstMs = performance.now() - firstStarted;
  if (first.statusCode !== 200) throw new Error(`${path}: ${first.statusCode} ${first.body.slice(0, 300)}`);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await get();
    times.push(performance.now() - started);
  }
  all.push(...times);
  times.sort((a, b) => a - b);
  log = [];
  await get();
  const queries = log;
  log = null;
  const body = first.json() as { total?: number };
  console.log(
    `${path.padEnd(48)} p50 ${percentile(times, 0.5)?.toFixed(1).padStart(6)} ms  p95 ${percentile(
      times,
      0.95,
    )
      ?.toFixed(1)
      .padStart(
        6,
      )} ms  first ${firstMs.toFixed(1).padStart(6)} ms  ${queries.length} queries${body.total === undefined ? '' : `, total ${body.total}`}`,
  );
  if (process.env.PROFILE_SQL)
    for (const q of coldQueries)
      console.log(`   ${q.ms.toFixed(1)} ms  ${q.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
  // PROFILE_DUMP=<dir>: each statement with its parameters inlined, to EXPLAIN by hand in psql.
  if (process.env.PROFILE_DUMP) {
    mkdirSync(process.env.PROFILE_DUMP, { recursive: true });
    for (const [i, q] of coldQueries.entries())
      writeFileSync(
        join(process.env.PROFILE_DUMP, `${paths.indexOf(path)}-${i}.sql`),
        `${inline(q.sql, q.parameters)};\n`,
      );
  }
  if (process.env.PROFILE_EXPLAIN) {
    const slowest = coldQueries
      .filter((q) => /^\s*(select|with|\()/i.test(q.sql))
      .sort((a, b) => b.ms - a.ms)[0];
    if (slowest) {
      const plan = await sql
        .raw(`EXPLAIN (ANALYZE, BUFFERS) ${inline(slowest.sql, slowest.parameters)}`)
        .execute(db);
      console.log(plan.rows.map((row) => `   ${(row as { 'QUERY PLAN': string })['QUERY PLAN']}`).join('\n'));
    }
  }
}
all.sort((a, b) => a - b);
console.log(`all: p50 ${percentile(all, 0.5)?.toFixed(1)} ms, p95 ${percentile(all, 0.95)?.toFixed(1)} ms`);
console.log(`kept database ${name} (PROFILE_DB=${name} to reuse; drop it when done)`);
await app.close();
await db.destroy();
