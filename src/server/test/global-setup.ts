import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase, openPglite } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { adminUrl } from './test-database.ts';

/**
 * Migrates one template database before any test runs; each test file then starts from a copy:
 * on PostgreSQL (TEST_DATABASE_URL set) a CREATE DATABASE ... TEMPLATE, on PGlite a data-dir dump.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    // One template per run, so two checkouts can test against the same server at once.
    const templateDatabase = `groeipad_template_${process.pid}`;
    const admin = await createDatabase({ databaseUrl: adminUrl(serverUrl), poolSize: 1 });
    const { sql } = await import('kysely');
    await sql.raw(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`).execute(admin.db);
    await sql.raw(`CREATE DATABASE ${templateDatabase}`).execute(admin.db);
    const template = await createDatabase({
      databaseUrl: withDatabase(serverUrl, templateDatabase),
      poolSize: 1,
    });
    await migrate(template.db);
    await template.close();
    await admin.close();
    project.provide('testDatabase', { kind: 'postgres', serverUrl, templateDatabase });
    return async () => {
      const cleanup = await createDatabase({ databaseUrl: adminUrl(serverUrl), poolSize: 1 });
      await sql.raw(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`).execute(cleanup.db);
      await cleanup.close();
    };
  }
  const pglite = await openPglite();
  const handle = await createDatabase({ pglite });
  await migrate(handle.db);
  const dump = await pglite.dumpDataDir('none');
  await handle.close();
  await pglite.close();
  const file = join(mkdtempSync(join(tmpdir(), 'groeipad-test-')), 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('testDatabase', { kind: 'pglite', dumpFile: file });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'postgres'; serverUrl: string; templateDatabase: string }
      | { kind: 'pglite'; dumpFile: string };
  }
}
