// Insight's reads and refresh on a kept bench database (bench/insight.ts with INSIGHT_BENCH_DB=<name> seeds
// it), without the load runs: times the rebuild, the refresh after a day of new activity and each read
// of the organisation dashboard one at a time; PROFILE_EXPLAIN=1 prints every statement's plan
// (auto_explain, analyzed) of the reads.
//   INSIGHT_BENCH_DB=<name> node bench/profile-insight.ts [--no-refresh] [--no-rebuild] [--no-reads]
// (PROFILE_EXPLAIN=refresh: the refresh's plans instead)
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
// Its type parsers (date as yyyy-mm-dd, int8 as number) apply to this pool too.
import '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import type { Database } from '../src/server/db/schema.ts';
import { forOrganisation } from '../src/server/db/tenant.ts';
import { refreshOrganisation } from '../src/server/modules/insight/index.ts';
import { learningFigures } from '../src/server/modules/insight/insight.learning.ts';
import { completionsOfSubjects, itemFigures } from '../src/server/modules/insight/insight.repository.ts';
import { retentionCounts } from '../src/server/modules/insight/insight.retention.ts';

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = process.env.INSIGHT_BENCH_DB;
if (!name) throw new Error('INSIGHT_BENCH_DB=<a database bench/insight.ts seeded>');
const url = new URL(server);
url.pathname = `/${name}`;
// One connection, whose plans (auto_explain's log lines) are printed.
const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
pool.on('connect', (client) => client.on('notice', (notice) => console.log(notice.message)));
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
const time = async <T>(label: string, work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
};
try {
  await migrate(db);
  const org = (
    await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow()
  ).id;
  const tenant = forOrganisation(db, org);
  const explain = async () => {
    await sql`LOAD 'auto_explain'`.execute(db);
    await sql`SET auto_explain.log_min_duration = 0`.execute(db);
    await sql`SET auto_explain.log_analyze = on`.execute(db);
    await sql`SET client_min_messages = log`.execute(db);
  };
  if (!process.argv.includes('--no-refresh')) {
    if (!process.argv.includes('--no-rebuild'))
      console.log(
        await time('rebuild', () => refreshOrganisation(tenant, 'Europe/Amsterdam', { rebuild: true })),
      );
    if (process.env.PROFILE_EXPLAIN === 'refresh') await explain();
    await sql`
      INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      SELECT organisation_id, id, current_date, 30, 'manual', 'Bench today'
        FROM people WHERE organisation_id = ${org} ORDER BY id LIMIT 2000`.execute(db);
    await sql`
      UPDATE content_progress SET completed_at = now(), updated_at = now()
       WHERE organisation_id = ${org} AND (person_id, content_id) IN (
         SELECT person_id, content_id FROM content_progress
          WHERE organisation_id = ${org} AND completed_at IS NULL ORDER BY person_id, content_id LIMIT 2000)`.execute(
      db,
    );
    console.log(await time('refresh after a day', () => refreshOrganisation(tenant, 'Europe/Amsterdam')));
  }
  if (process.env.PROFILE_EXPLAIN === '1') await explain();
  if (process.argv.includes('--no-reads')) process.exit(0);
  const today = new Date().toISOString().slice(0, 10);
  const from = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  const year = { from: from > today ? today : from, to: today };
  const cut = { from: `${year.from.slice(0, 8)}15`, to: `${today.slice(0, 8)}05` };
  for (let round = 0; round < 2; round++) {
    await time('learning figures, a year', () => learningFigures(tenant, year));
    await time('learning figures, months cut at both ends', () => learningFigures(tenant, cut));
    await time('item figures, a year', () => itemFigures(tenant, year));
    await time('item figures, months cut', () => itemFigures(tenant, cut));
    await time('completions of 20 subjects', async () => {
      const keys = await sql<{
        key: string;
      }>`SELECT DISTINCT 'content:' || content_id AS key FROM content_progress
        WHERE organisation_id = ${org} LIMIT 20`.execute(db);
      return completionsOfSubjects(
        tenant,
        keys.rows.map((row) => row.key),
        year,
      );
    });
    await time('retention counts', () =>
      retentionCounts(tenant, {}, `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, today),
    );
  }
} finally {
  await db.destroy();
}
