import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { createDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { forOrganisation } from '../src/server/db/tenant.ts';
import { refreshOrganisation } from '../src/server/modules/insight/index.ts';
import { seedCatalogue } from './catalogue.ts';
import { startBareReference } from './floor.ts';
import { runLoad } from './profile-support.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';
import { seedStatements } from './xapi.ts';

const _root = join(import.meta.dirname, '..');
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const kept = process.env.INSIGHT_BENCH_DB;
const name = kept ?? `groeipad_insight_${Date.now().toString(36)}`;

const load = runLoad;

const admin = await createDatabase({ databaseUrl: server, poolSize: 1 });
const exists =
  (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_database WHERE datname = ${name}`.execute(
      admin.db,
    )
  ).rows[0]!.n > 0;
if (!exists) await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
const url = new URL(server);
url.pathname = `/${name}`;
const handle = await createDatabase({ databaseUrl: url.toString() });
const dataDir = mkdtempSync(join(os.tmpdir(), 'groeipad-insight-'));
try {
  const { db } = handle;
  await migrate(db);
  if (!exists) {
    const seeded = await seedLargeOrganisation(db);
    const org = seeded.organisationId;
    const someone = await db
      .selectFrom('people')
      .select('id')
      .where('organisation_id', '=', org)
      .executeTakeFirstOrThrow();
    const catalogue = await seedCatalogue(db, {
      organisationId: org,
      personId: someone.id,
      items: 300,
      enrolments: 10,
    });
    await seedStatements(db, { organisationId: org, count: 1_000_000 });
    // A year of learning: every person starts ~12 items spread over the year (70 % finish within two
    // weeks), and books learning time on ~40 days, more in the review season (October, November). The
    // history is stamped a day old, so the refresh after "a day of new activity" sees only that day.
    await sql`
      INSERT INTO content_progress (organisation_id, person_id, content_id, percent, started_at, updated_at, completed_at)
      SELECT ${org}, p.id, (${catalogue.itemIds}::uuid[])[1 + abs(hashtext(p.id::text || k)) % ${catalogue.itemIds.length}],
             100, now() - (abs(hashtext(p.id::text || k || 's')) % 365) * interval '1 day', now() - interval '1 day',
             CASE WHEN abs(hashtext(p.id::text || k || 'c')) % 10 < 7
                  THEN now() - (abs(hashtext(p.id::text || k || 's')) % 365) * interval '1 day' + interval '3 days' END
        FROM people p CROSS JOIN generate_series(1, 12) k WHERE p.organisation_id = ${org}
      ON CONFLICT DO NOTHING`.execute(db);
    await sql`
      INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description, created_at)
      SELECT ${org}, p.id, current_date - (abs(hashtext(p.id::text || k)) % 365), 15 + abs(hashtext(p.id::text || k || 'm')) % 90,
             'manual', 'Bench', now() - interval '1 day'
        FROM people p CROSS JOIN generate_series(1, 40) k WHERE p.organisation_id = ${org}`.execute(db);
    await sql`ANALYZE`.execute(db);
  }
  const organisationId = (
    await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow()
  ).id;
  const tenant = forOrganisation(db, organisationId);
  let started = performance.now();
  const rebuilt = await refreshOrganisation(tenant, 'Europe/Amsterdam', { rebuild: true });
  console.log(`summary rebuild: ${((performance.now() - started) / 1000).toFixed(1)} s`, rebuilt);
  // A day of new activity: 2,000 people book time and finish something today.
  await sql`
    INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
    SELECT organisation_id, id, current_date, 30, 'manual', 'Bench today'
      FROM people WHERE organisation_id = ${organisationId} ORDER BY id LIMIT 2000`.execute(db);
  // 2,000 open items (started all over the year) finished today; a kept database still has open ones.
  await sql`
    UPDATE content_progress SET completed_at = now(), updated_at = now()
     WHERE organisation_id = ${organisationId}
       AND (person_id, content_id) IN (
         SELECT person_id, content_id FROM content_progress
          WHERE organisation_id = ${organisationId} AND completed_at IS NULL ORDER BY person_id, content_id LIMIT 2000)`.execute(
    db,
  );
  started = performance.now();
  const refreshed = await refreshOrganisation(tenant, 'Europe/Amsterdam');
  console.log(
    `incremental refresh after a day: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    refreshed,
  );

  const app = await buildApp({
    db,
    config: {
      port: 0,
      baseUrl: 'http://127.0.0.1',
      databaseUrl: url.toString(),
      dataDir,
      smtpUrl: undefined,
      sessionSecret: 'benchmark-secret-benchmark-secret-benchmark',
      logLevel: 'silent',
      seedDemo: false,
      isProduction: false,
    },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const bare = await startBareReference(handle);
  try {
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: benchAdmin });
    if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const run = (target: string, path: string) =>
      load({ url: target, paths: [path], cookie, connections: 10, durationSeconds: seconds });
    // The first view after each refresh (the answers are kept per refresh): a refresh, then one request
    // each, three times; before the loads below, which leave slow requests queued behind them.
    const firstViews: Record<string, number[]> = { dashboard: [], goals: [] };
    for (let round = 0; round < 3; round++) {
      await refreshOrganisation(tenant, 'Europe/Amsterdam');
      for (const [label, path] of [
        ['dashboard', '/api/v1/insight/organisation'],
        ['goals', '/api/v1/insight/goals'],
      ] as const) {
        const begun = performance.now();
        const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        firstViews[label]!.push(Math.round(performance.now() - begun));
      }
    }
    console.log('first view after a refresh (ms, three refreshes):', firstViews);
    const floor = await run(bare.baseUrl, '/bare');
    const dashboard = await run(baseUrl, '/api/v1/insight/organisation');
    const goals = await run(baseUrl, '/api/v1/insight/goals');
    const development = await run(baseUrl, '/api/v1/insight/organisation/development');
    const report = await run(baseUrl, '/api/v1/insight/organisation/report.pdf');
    for (const [label, result] of [
      ['bare floor', floor],
      ['organisation dashboard', dashboard],
      ['goal coverage', goals],
      ['budgets, cycles, skills gaps', development],
      ['PDF report', report],
    ] as const) {
      console.log(
        `${label}: p95 ${result.p95} ms (× bare p95 ${((result.p95 ?? 0) / (floor.p95 || 1)).toFixed(1)}), ${result.requestsPerSecond.toFixed(1)} req/s, ÷ bare ${(result.requestsPerSecond / floor.requestsPerSecond).toFixed(3)}, non-2xx ${result.non2xx}`,
      );
    }
  } finally {
    await bare.close();
    await app.close();
  }
} finally {
  await handle.close();
  if (!kept) await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
  await admin.close();
  rmSync(dataDir, { recursive: true, force: true });
}
