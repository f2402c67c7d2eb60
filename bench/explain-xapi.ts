// Why a filtered GET /xapi/statements is slow the first time on PGlite: bench/xapi.ts's store of
// 1,000,000 statements is seeded once into a kept PGlite data directory; then, on a freshly opened
// database (empty shared buffers, as for an agent the bench reads for the first time), the agent page's
// SQL — exactly as findStatements builds it — is run under EXPLAIN (ANALYZE, BUFFERS), cold and warm.
//   node bench/explain-xapi.ts                        seeds /tmp/groeipad-explain-xapi (a few minutes)
//   PROFILE_DIR=<dir> node bench/explain-xapi.ts      reuses it (new migrations are applied)
//   PROFILE_AGENTS=20 (agents timed), PROFILE_PLANS=1 (plans printed)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { type CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openPglite } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { Database } from '../src/server/db/schema.ts';
import { forOrganisation } from '../src/server/db/tenant.ts';
import { md5Uuid } from '../src/server/modules/xapi/statements/statement-keys.ts';
import { findStatements } from '../src/server/modules/xapi/statements/statements.query.ts';
import { seedLargeOrganisation } from './seed.ts';
import { seedStatements } from './xapi.ts';

const dir = process.env.PROFILE_DIR ?? '/tmp/groeipad-explain-xapi';
const agents = Number(process.env.PROFILE_AGENTS ?? 20);
const plans = Number(process.env.PROFILE_PLANS ?? 1);
const fresh = !existsSync(join(dir, 'PG_VERSION'));

async function open() {
  const pglite = await openPglite(dir);
  const captured: CompiledQuery[] = [];
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  return { pglite, db, captured };
}

let { pglite, db, captured } = await open();
await migrate(db);
if (fresh) {
  const started = performance.now();
  const seeded = await seedLargeOrganisation(db);
  await seedStatements(db, { organisationId: seeded.organisationId, count: 1_000_000 });
  console.log(`seeded ${dir} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  // Closed and opened again below: every shared buffer cold.
}
await db.destroy();
await pglite.close();
({ pglite, db, captured } = await open());

const organisationId = (
  await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow()
).id;
for (const setting of ['shared_buffers', 'effective_cache_size', 'work_mem']) {
  const row = await sql<{ value: string }>`SELECT current_setting(${setting}) AS value`.execute(db);
  console.log(setting, row.rows[0]!.value);
}
const size = await sql<{ table: string; toast: string; indexes: string }>`
  SELECT pg_size_pretty(pg_table_size('xapi_statements')) AS table,
    pg_size_pretty(pg_total_relation_size(reltoastrelid)) AS toast,
    pg_size_pretty(pg_indexes_size('xapi_statements')) AS indexes
  FROM pg_class WHERE relname = 'xapi_statements'`.execute(db);
console.log('xapi_statements', size.rows[0]);

// The bench reads the first 200 people by id; these are the ones after them (never read before).
const emails = (
  await db
    .selectFrom('people')
    .select('email')
    .where('organisation_id', '=', organisationId)
    .orderBy('id')
    .offset(Number(process.env.PROFILE_OFFSET ?? 200))
    .limit(agents)
    .execute()
).map((row) => row.email);
const tenant = forOrganisation(db, organisationId);
const timings: { cold: number; warm: number }[] = [];
for (const [n, email] of emails.entries()) {
  const page = { filter: { agentKey: md5Uuid(`mbox|mailto:${email}`) }, limit: 50, ascending: false };
  captured.length = 0;
  let started = performance.now();
  const rows = await findStatements(tenant, page);
  const cold = performance.now() - started;
  started = performance.now();
  await findStatements(tenant, page);
  timings.push({ cold, warm: performance.now() - started });
  if (n < plans) {
    // The next agent's page, cold, under EXPLAIN: what it reads.
    const next = emails[emails.length - 1 - n]!;
    await findStatements(tenant, {
      ...page,
      filter: { agentKey: md5Uuid(`mbox|mailto:${next}`) },
    });
    const query = captured.at(-1)!;
    captured.length = 0;
    const other = md5Uuid(`mbox|mailto:${emails[Math.floor(emails.length / 2)]!}`);
    const parameters = query.parameters.map((value) => (value === page.filter.agentKey ? other : value));
    const plan = await pglite.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.sql}`,
      parameters as unknown[],
    );
    console.log(`${rows.length} rows; the plan of another agent's page, cold:`);
    console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
  }
}
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const cold = sorted(timings.map((t) => t.cold));
const warm = sorted(timings.map((t) => t.warm));
const at = (values: number[], q: number) =>
  values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
console.log(
  `${timings.length} agents: cold p50 ${at(cold, 0.5).toFixed(1)} ms, max ${at(cold, 1).toFixed(1)} ms; warm p50 ${at(warm, 0.5).toFixed(1)} ms`,
);
await db.destroy();
await pglite.close();
