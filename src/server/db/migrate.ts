import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from './database.ts';

const migrationsDir = new URL('../../../migrations/', import.meta.url).pathname;

/** Applies every migrations/*.sql not yet applied, each in its own transaction, in file-name order. */
export async function migrate(db: Db): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const script = await readFile(join(migrationsDir, file), 'utf8');
    const didApply = await db.transaction().execute(async (trx) => {
      // Several app instances may start at once: one migrates, the others wait here.
      await sql`SELECT pg_advisory_xact_lock(727274)`.execute(trx);
      const done = await sql<{
        name: string;
      }>`SELECT name FROM schema_migrations WHERE name = ${file}`.execute(trx);
      if (done.rows.length > 0) return false;
      await sql.raw(script).execute(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
      return true;
    });
    if (didApply) applied.push(file);
  }
  return applied;
}
