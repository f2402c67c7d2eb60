import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import type { LoadOptions, LoadResult } from './load.ts';

// Shared by the bench and the profiling scripts: load from a process of its own, and a kept database.
const root = new URL('..', import.meta.url).pathname;

/** One load run, in its own process (bench/load.ts), so the load generator never shares the app's thread. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bench/load.ts')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.end(JSON.stringify(options));
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output) as LoadResult) : reject(new Error(`load exited ${code}`)),
    );
  });
}

/** A profiling database on the bench server, created when missing (`exists` false: seed it), kept after. */
export async function profileDatabase(server: string, name: string): Promise<{ url: URL; exists: boolean }> {
  const admin = new pg.Pool({ connectionString: server, max: 1 });
  const exists = Boolean(
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount,
  );
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url, exists };
}
