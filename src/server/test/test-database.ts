import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createDatabase, type DatabaseHandle, openPglite } from '../db/database.ts';

/** The server's maintenance database, for CREATE/DROP DATABASE. */
export function adminUrl(serverUrl: string): string {
  const parsed = new URL(serverUrl);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

type TestDatabaseInfo =
  | { kind: 'postgres'; serverUrl: string; templateDatabase: string }
  | { kind: 'pglite'; dumpFile: string };

/** A fresh, migrated database for one test file, dropped again by close(). */
export async function openTestDatabase(info: TestDatabaseInfo): Promise<DatabaseHandle> {
  if (info.kind === 'pglite') {
    const pglite = await openPglite(undefined, new Blob([readFileSync(info.dumpFile)]));
    const handle = await createDatabase({ pglite });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await pglite.close();
      },
    };
  }
  const name = `groeipad_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await createDatabase({ databaseUrl: adminUrl(info.serverUrl), poolSize: 1 });
  await sql.raw(`CREATE DATABASE ${name} TEMPLATE ${info.templateDatabase}`).execute(admin.db);
  const url = new URL(info.serverUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  return {
    ...handle,
    async close() {
      await handle.close();
      // pool.end() resolves before the server has seen each connection go; FORCE would then kill the
      // stragglers mid-goodbye and pg reports that (57P01) as an unhandled error. Let them leave first.
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await sql<{ count: number }>`
          SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = ${name}`.execute(admin.db);
        if (rows[0]!.count === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
      await admin.close();
    },
  };
}
