import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { preparedName } from './prepared.ts';
import type { Database } from './schema.ts';

// `date` columns stay yyyy-mm-dd strings: a calendar date has no time zone to shift it.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// counts and identities fit comfortably in a JS number for this product's sizes.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either the database or an open transaction: use cases accept both and pass it down. */
export type Executor = Db | Trx;

export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  pglite?: PGlite;
  /** The server's connection string, for a connection of one's own (LISTEN); unset for PGlite. */
  databaseUrl?: string;
  /**
   * Plain parameterised SQL through the same pool (for libraries such as pg-boss). With a `name`,
   * a server prepares the statement once per connection and reuses its plan.
   */
  query(text: string, values?: unknown[], name?: string): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
};

/**
 * A statement marked by `prepared()` (db/prepared.ts) runs as a named statement on this connection: the
 * server parses and plans it once per connection instead of on every request. Unmarked SQL is untouched.
 */
function honourPreparedNames(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof config === 'string' ? preparedName(config) : undefined;
    return name ? query({ name, text: config, values }, callback) : query(config, values, callback);
  }) as typeof client.query;
}

export const pgliteExtensions = { pg_trgm, unaccent, pgcrypto };

export async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir, extensions: pgliteExtensions, loadDataDir });
}

export async function createDatabase(
  options: { databaseUrl: string; poolSize?: number } | { dataDir: string } | { pglite: PGlite },
): Promise<DatabaseHandle> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 20 });
    // An idle connection the server ends (a restart, a dropped database) leaves the pool; the next query
    // opens a new one. Without a listener the pool's 'error' event would end the process.
    pool.on('error', () => {});
    pool.on('connect', honourPreparedNames);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      databaseUrl: options.databaseUrl,
      query: (text, values, name) => pool.query(name ? { name, text, values } : { text, values }),
      close: () => db.destroy(),
    };
  }
  const ownsPglite = !('pglite' in options);
  const pglite = 'pglite' in options ? options.pglite : await openPglite(join(options.dataDir, 'pglite'));
  // PGlite is one connection; the pool hands it out in turn, so transactions serialise naturally.
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  // Named statements too: the pool's clients come and go, but all share createPgConfig's one
  // connection object, which remembers what is prepared, and the one backend keeps it. On PGlite,
  // which runs on the app's thread, planning a hot read again per request is time no request gets.
  pool.on('connect', honourPreparedNames);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    pglite,
    query: (text, values) => pool.query(text, values),
    async close() {
      await db.destroy();
      if (ownsPglite) await pglite.close();
    },
  };
}
