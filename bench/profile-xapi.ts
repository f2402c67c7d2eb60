import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
// Its type parsers (date as yyyy-mm-dd, int8 as number) apply to this pool too.
import '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { Database } from '../src/server/db/schema.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import { profileDatabase, runLoad } from './profile-support.ts';
import { seedLargeOrganisation } from './seed.ts';
import { measureXapi, seedStatements } from './xapi.ts';

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.PROFILE_DB ?? `groeipad_xapi_${Date.now().toString(36)}`;
const seconds = Number(process.env.PROFILE_SECONDS ?? 5);

const { url, exists } = await profileDatabase(server, name);
const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
await migrate(db);
let organisationId: string;
if (!exists) {
  const seeded = await seedLargeOrganisation(db);
  organisationId = seeded.organisationId;
  const statements = await seedStatements(db, {
    organisationId,
    count: Number(process.env.PROFILE_STATEMENTS ?? 1_000_000),
  });
  console.log(`seeded ${name}: ${statements.statements} statements in ${statements.seconds.toFixed(0)} s`);
} else {
  organisationId = (
    await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow()
  ).id;
  await sql`ANALYZE xapi_statements`.execute(db);
}

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

function load(options: LoadOptions): Promise<LoadResult> {
  const only = process.env.PROFILE_ONLY;
  const isIngest = options.method === 'POST';
  if ((only === 'ingest' && !isIngest) || (only === 'read' && isIngest))
    return Promise.resolve({
      requests: 0,
      non2xx: 0,
      errors: 0,
      p50: null,
      p95: null,
      p99: null,
      requestsPerSecond: 0,
    });
  return runLoad(options);
}

const cpuMs = new Map<LoadResult, number>();
const figures = await measureXapi({
  db,
  organisationId,
  baseUrl,
  statements: 0,
  connections: 10,
  durationSeconds: seconds,
  // The app's own CPU time per request: on a machine shared with other work this moves much less than
  // the latency does.
  load: async (options) => {
    const before = process.cpuUsage();
    const result = await load(options);
    const used = process.cpuUsage(before);
    cpuMs.set(result, (used.user + used.system) / 1000 / Math.max(1, result.requests));
    return result;
  },
});
console.log('\nsummary');
for (const { figure, result, batch } of figures) {
  if (!result.requests) continue;
  const rate = batch
    ? `${Math.round(result.requestsPerSecond * batch)} statements/s`
    : `${Math.round(result.requestsPerSecond)}/s`;
  console.log(
    `${figure.padEnd(64)} ${rate.padStart(18)}  p50 ${result.p50?.toFixed(1)} ms  p95 ${result.p95?.toFixed(1)} ms  app CPU ${cpuMs.get(result)?.toFixed(2)} ms/request${result.non2xx ? `  ${result.non2xx} non-2xx` : ''}`,
  );
}
console.log(`kept database ${name} (PROFILE_DB=${name} to reuse; drop it when done)`);
await app.close();
await db.destroy();
