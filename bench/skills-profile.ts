// `node bench/skills-profile.ts`: single requests (app.inject, one at a time) against the skills team matrix,
// organisation gaps and a person's gaps on a PostgreSQL database seeded like the bench (10,000 people, a team
// of 500 × 60 skills), with the EXPLAIN of the current-level query. Not part of `npm run bench`.
// SKILLS_PROFILE_DB=name keeps that database (seeded on first use) between runs; drop it by hand afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import { calendarDateOf } from '../src/server/core/calendar.ts';
import { createDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { currentLevelsSql } from '../src/server/modules/skills/skills.level-rule.ts';
import { percentile } from './load.ts';
import { benchAdmin, seedLargeOrganisation } from './seed.ts';
import { seedSkillsForBench } from './skills.ts';

const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const requests = Number(process.env.SKILLS_PROFILE_REQUESTS ?? 30);
const kept = process.env.SKILLS_PROFILE_DB;
const name = kept ?? `groeipad_skills_${Date.now().toString(36)}`;

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
const dataDir = mkdtempSync(join(os.tmpdir(), 'groeipad-skills-'));
try {
  const { db } = handle;
  await migrate(db);
  if (!exists) {
    const seeded = await seedLargeOrganisation(db);
    await seedSkillsForBench(db, seeded.organisationId);
  } else await sql`ANALYZE`.execute(db);
  const organisationId = (
    await db.selectFrom('organisations').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow()
  ).id;
  const unit = await db
    .selectFrom('org_units')
    .select(['id', 'head_id'])
    .where('organisation_id', '=', organisationId)
    .where('code', '=', 'SKILLS-500')
    .executeTakeFirstOrThrow();
  const team = await db
    .selectFrom('people')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('org_unit_id', '=', unit.id)
    .execute();

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
  try {
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: benchAdmin });
    if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const measure = async (label: string, path: string) => {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < requests + 3; i++) {
        const started = performance.now();
        const response = await app.inject({ method: 'GET', url: path, headers: { cookie } });
        const elapsed = performance.now() - started;
        if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
        bytes = response.body.length;
        if (i >= 3) times.push(elapsed); // the first few warm caches and JIT
      }
      times.sort((a, b) => a - b);
      const at = (f: number) => percentile(times, f)!.toFixed(1);
      console.log(`${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (${requests} requests, ${bytes} bytes)`);
    };
    await measure('team matrix, 500 × 60', `/api/v1/skills/team-matrix?unitId=${unit.id}`);
    await measure('organisation gaps, 10,000 people', '/api/v1/skills/organisation-gaps');
    await measure('person gaps', `/api/v1/skills/people/${team[1]!.id}/gaps`);
  } finally {
    await app.close();
  }

  if (process.env.SKILLS_PROFILE_EXPLAIN !== '0') {
    const query = currentLevelsSql(
      organisationId,
      calendarDateOf(new Date()),
      team.map((p) => p.id),
    ).compile(db);
    const plan = await db.executeQuery<{ 'QUERY PLAN': string }>({
      ...query,
      sql: `EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`,
    });
    // The 500 ids make long lines: cut them.
    const lines = plan.rows.map((r) => r['QUERY PLAN'].slice(0, 160));
    console.log(`\ncurrentLevelsSql for the 500:\n${lines.join('\n')}`);
  }
} finally {
  await handle.close();
  if (!kept) await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
  await admin.close();
  rmSync(dataDir, { recursive: true, force: true });
}
