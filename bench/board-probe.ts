// Single-request timings of the HR cycle board without a load run (the machine is shared):
//   node bench/board-probe.ts seed   creates groeipad_boardprobe on the local PostgreSQL, seeds 10,000 people
//   node bench/board-probe.ts time   times 40 board requests through app.inject on that database

import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { createDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { seedDevelopmentBench } from './development.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';

const name = 'groeipad_boardprobe';
const server = 'postgres://postgres@127.0.0.1:5432/test';
const mode = process.argv[2] ?? 'time';
if (mode === 'seed') {
  const admin = await createDatabase({ databaseUrl: server, poolSize: 1 });
  await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  await admin.close();
}
const databaseUrl = `postgres://postgres@127.0.0.1:5432/${name}`;
const handle = await createDatabase({ databaseUrl });
const { db } = handle;
await migrate(db);
if (mode === 'seed') {
  const seeded = await seedLargeOrganisation(db);
  const { cycleId } = await seedDevelopmentBench(db, seeded.organisationId);
  console.log('cycle', cycleId);
}
const cycle = (await sql<{ id: string }>`SELECT id FROM conversation_cycles LIMIT 1`.execute(db)).rows[0]!;
const app = await buildApp(
  {
    db,
    config: {
      port: 0,
      baseUrl: 'http://127.0.0.1',
      databaseUrl,
      dataDir: mkdtempSync(join(os.tmpdir(), 'probe-')),
      smtpUrl: undefined,
      sessionSecret: 'benchmark-secret-benchmark-secret-benchmark',
      logLevel: 'silent',
      seedDemo: false,
      isProduction: false,
    },
  },
  {},
);
const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: benchAdmin });
const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
const times: number[] = [];
for (let i = 0; i < 40; i++) {
  const start = performance.now();
  const response = await app.inject({
    url: `/api/v1/conversation-cycles/${cycle.id}/board`,
    headers: { cookie },
  });
  times.push(performance.now() - start);
  if (response.statusCode !== 200) throw new Error(response.body);
  if (i === 0)
    (await import('node:fs')).writeFileSync(
      `/tmp/devprobe/board-${process.argv[3] ?? 'x'}.json`,
      response.body,
    );
}
const sorted = times.slice(10).sort((a, b) => a - b);
console.log(
  'board single request ms: median',
  sorted[15]!.toFixed(1),
  'p95',
  sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1),
  'min',
  sorted[0]!.toFixed(1),
);
const me: number[] = [];
for (let i = 0; i < 30; i++) {
  const s = performance.now();
  await app.inject({ url: '/api/v1/me', headers: { cookie } });
  me.push(performance.now() - s);
}
console.log('me median', me.sort((a, b) => a - b)[15]!.toFixed(1));
await app.close();
await handle.close();
