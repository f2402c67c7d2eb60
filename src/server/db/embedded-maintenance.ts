import type { DatabaseHandle } from './database.ts';

// PGlite runs PostgreSQL as a single backend without its background workers, so autovacuum never
// runs there (measured: 200,000 dead rows still there after a minute). Without it an embedded
// database keeps every dead row an update leaves (tables and indexes only grow), never refreshes the
// planner's statistics (plans chosen for the day it was installed) and never sets the visibility map
// (index-only scans read the table anyway). This does autovacuum's work on a schedule, with its
// default thresholds, table by table.

type TableStats = {
  schema: string;
  table: string;
  needs_vacuum: boolean;
  needs_analyze: boolean;
};

// autovacuum_vacuum_threshold/scale_factor, the insert variants (PostgreSQL 13+) and
// autovacuum_analyze_threshold/scale_factor at their defaults.
const statsSql = `SELECT schemaname AS schema, relname AS "table",
    n_dead_tup > 50 + 0.2 * n_live_tup OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup AS needs_vacuum,
    n_mod_since_analyze > 50 + 0.1 * n_live_tup AS needs_analyze
  FROM pg_stat_user_tables
  ORDER BY n_dead_tup + n_mod_since_analyze DESC`;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** VACUUM (ANALYZE) or ANALYZE each table past autovacuum's thresholds; answers what it did. */
export async function vacuumWhereDue(handle: Pick<DatabaseHandle, 'query'>): Promise<string[]> {
  // The one backend's counters are flushed to the statistics when it goes idle, at most once a second.
  await handle.query('SELECT pg_stat_force_next_flush()');
  const { rows } = (await handle.query(statsSql)) as { rows: TableStats[] };
  const done: string[] = [];
  for (const row of rows) {
    if (!row.needs_vacuum && !row.needs_analyze) continue;
    const name = `${quoted(row.schema)}.${quoted(row.table)}`;
    // Outside a transaction (VACUUM cannot run in one); on PGlite it waits for the one connection.
    await handle.query(row.needs_vacuum ? `VACUUM (ANALYZE) ${name}` : `ANALYZE ${name}`);
    done.push(`${row.needs_vacuum ? 'vacuum' : 'analyze'} ${row.schema}.${row.table}`);
  }
  return done;
}
