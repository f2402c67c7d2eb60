// `npm run bench`: seeds 10,000 people per database (PGlite, then the PostgreSQL server), starts the real
// app in this process on 127.0.0.1, puts load on it from a separate process and writes BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.ts';
import type { Config } from '../src/server/config.ts';
import { createDatabase, type DatabaseHandle } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { campaignRows } from './campaigns.ts';
import { catalogueSearches, seedCatalogue } from './catalogue.ts';
import { benchManager, seedDevelopmentBench } from './development.ts';
import { seedAnnouncements } from './direction.ts';
import { eventRows, weekViewRows } from './events.ts';
import { measureFirstPage } from './first-page.ts';
import { firstPageLabel, firstPageRows } from './first-page-rows.ts';
import {
  type FloorFigure,
  type FloorRuns,
  floorFigures,
  measureFloor,
  median,
  medianRatio,
  medianRun,
  trackRequests,
} from './floor.ts';
import { type ImportMeasurement, measureImport } from './import.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import { runLoad } from './profile-support.ts';
import { type Row, writeReport } from './report.ts';
import { scimRows } from './scim.ts';
import { measureLargeUpload, prepareCommits } from './scorm.ts';
import { benchAdmin, type SeededOrganisation, seedLargeOrganisation } from './seed.ts';
import { seedSkillsForBench } from './skills.ts';
import { socialRows } from './social.ts';
import { talentRows } from './talent.ts';
import { measureXapi, seedStatements } from './xapi.ts';

const root = new URL('..', import.meta.url).pathname;
const postgresServer = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const loadSeconds = Number(process.env.BENCH_SECONDS ?? 10);
// `npm run bench -- --only floor`: just the signed-in floor against the bare reference (about a minute);
// `--only xapi`: the floor, then the learning record store with its large statement store.
// `--only scorm`: the floor and the SCORM figures.
// `--only events`: the floor, workshop sign-ups for one 500-seat session at 50 connections, and the
// learning-time week view for a person with a year of entries.
// `--only talent`: the floor, a 1,000-person talent review grid and calibration moves at 10 connections.
// `--only campaigns`: the floor, one campaign e-mail to everyone (10,000) and the home page's spotlight.
// `--only scim`: the floor, the initial SCIM sync of 10,000 users (POST /Users at 10 connections: its time
// and creates per second), PATCHes of 2,000 of them and the userName filter look-up.
// `--only social`: the floor, the knowledge feed over 100,000 posts and the team and individual
// leaderboards of 10,000 people with points, each at 50 connections (bench/social.ts).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
// `--only credentials` / `--only lti`: in-process figures against their own floors (a bare Ed25519
// verification, a bare RS256 signature): bench/credentials.ts and bench/lti.ts, printed, nothing seeded.
// `--only insight`: bench/insight.ts on the PostgreSQL server (10,000 people, 1,000,000 statements, a year of
// learning): summary rebuild and refresh, the organisation dashboard, goal coverage, its second half and the
// PDF report at 10 connections against the bare floor of the same run; printed, copied to BENCHMARKS.md.
const standalone: Record<string, string> = {
  credentials: 'credentials.ts',
  lti: 'lti.ts',
  insight: 'insight.ts',
};
const onlyChoices = [
  'floor',
  'xapi',
  'scorm',
  'first-page',
  'events',
  'talent',
  'social',
  'scim',
  'campaigns',
  ...Object.keys(standalone),
];
if (only !== undefined && !onlyChoices.includes(only)) {
  console.error(`bench: --only takes one of ${onlyChoices.join(', ')}, not "${only}"`);
  process.exit(2);
}
if (only !== undefined && standalone[only]) {
  const run = spawnSync(process.execPath, [join(root, 'bench', standalone[only])], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
const statementCount = Number(process.env.BENCH_STATEMENTS ?? 1_000_000);
const connections = 50;
const chartConnections = 10;
const listAimMs = 50;
const importAimSeconds = 10;
const matrixAimMs = 100;
const organisationGapsAimMs = 1000;
const commitAimMs = 50;
const scormLearners = 50;

const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? 'n/a' : `${value.toFixed(1)} ms`;

async function signIn(
  baseUrl: string,
  account: { email: string; password: string } = benchAdmin,
): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('gp_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: cookie.split(';')[0]!, csrfToken };
}

// Searches people type in a directory: family names (with and without tussenvoegsel), given names,
// part of a job title, an employee number, two words.
const searchTerms = [
  'jansen',
  'de vries',
  'bakker',
  'sanne',
  'mohamed',
  'verpleeg',
  'van dijk',
  'yilmaz',
  'özlem',
  'teamleider',
  '104321',
  'eline smit',
  'visser',
  'begeleider',
  'de jong',
  'noor',
];

function describeLoad(database: string, figure: string, result: LoadResult, aimMs: number | null): Row {
  const failed = result.non2xx > 0 || result.errors > 0 || result.requests === 0;
  const problems =
    result.non2xx || result.errors ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : '';
  return {
    database,
    figure,
    result: `p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, ${Math.round(result.requestsPerSecond)}/s (${result.requests} requests${problems})`,
    rate: result.requestsPerSecond,
    aim: aimMs === null ? '—' : `p95 < ${aimMs} ms`,
    met:
      aimMs === null ? '—' : !failed && (result.p95 ?? Number.POSITIVE_INFINITY) < aimMs ? 'yes' : '**no**',
  };
}

const floorAims: Partial<Record<FloorFigure, number>> = { signedInHealth: 0.6, me: 0.4 };
const floorRounds = Number(process.env.BENCH_FLOOR_ROUNDS ?? 3);
const floorSeconds = Math.min(5, loadSeconds);
const floorLabels: Record<FloorFigure, string> = {
  bare: `bare reference: plain Fastify, cookie + one primary-key query, ${connections} connections`,
  anonymousHealth: `GET /api/v1/health anonymous, ${connections} connections`,
  signedInHealth: `GET /api/v1/health signed in, ${connections} connections`,
  me: `GET /api/v1/me, ${connections} connections`,
  signedInHealthUncached: `GET /api/v1/health signed in, session cache off, ${connections} connections`,
  meUncached: `GET /api/v1/me, session cache off, ${connections} connections`,
};
const isFloorFigure = (figure: string) =>
  Object.values(floorLabels).includes(figure) || figure.startsWith('reference:');

/** One row per floor figure: the median round's latencies, ratios as medians of per-round ratios. */
function floorRows(database: string, floor: FloorRuns): Row[] {
  return floorFigures.map((figure) => {
    const runs = floor[figure];
    const described = describeLoad(database, floorLabels[figure], medianRun(runs), null);
    const rates = runs.map((run) => Math.round(run.requestsPerSecond)).join(', ');
    const failed = runs.some((run) => run.non2xx > 0 || run.errors > 0 || run.requests === 0);
    const toBare = medianRatio(runs, floor.bare);
    const aim = floorAims[figure];
    return {
      ...described,
      result: `${described.result}; ${runs.length} rounds: ${rates}/s`,
      rate: median(runs.map((run) => run.requestsPerSecond)),
      toBare: toBare.toFixed(2),
      toHealth: medianRatio(runs, floor.signedInHealth).toFixed(2),
      ...(aim === undefined
        ? {}
        : { aim: `≥ ${aim} × bare`, met: !failed && toBare >= aim ? 'yes' : '**no**' }),
    };
  });
}

/** Each figure against the bare reference and the signed-in /health of the same database and run. */
function withRatios(rows: Row[], rates: FloorRates | null): Row[] {
  if (!rates) return rows;
  const ratio = (row: Row, reference: number) => {
    if (row.rate !== undefined) return (row.rate / reference).toFixed(2);
    // A one-off figure: how many reference requests were served in the time it took.
    if (row.seconds !== undefined) return `${Math.round(row.seconds * reference).toLocaleString('en')} req`;
    return '—';
  };
  return rows.map((row) => ({
    ...row,
    toBare: row.toBare ?? ratio(row, rates.bare),
    toHealth: row.toHealth ?? ratio(row, rates.signedInHealth),
  }));
}

const ingestAim = 5_000;

/** The statement store seeded to `statementCount`, then xAPI ingest and filtered reads. */
async function benchXapi(
  label: string,
  kind: 'pglite' | 'postgres',
  db: DatabaseHandle['db'],
  organisationId: string,
  baseUrl: string,
  load: (options: LoadOptions) => Promise<LoadResult>,
): Promise<Row[]> {
  const seeded = await seedStatements(db, { organisationId, count: statementCount });
  console.log(`seeded ${seeded.statements} statements in ${seeded.seconds.toFixed(1)} s`);
  const rows: Row[] = [
    {
      database: label,
      figure: `seed ${seeded.statements.toLocaleString('en')} xAPI statements (generate_series, indexes built after; setup)`,
      result: `${seeded.seconds.toFixed(1)} s`,
      seconds: seeded.seconds,
      aim: '—',
      met: '—',
    },
  ];
  const figures = await measureXapi({
    db,
    organisationId,
    baseUrl,
    statements: seeded.statements,
    connections: chartConnections,
    durationSeconds: loadSeconds,
    load,
  });
  const stored = `${seeded.statements.toLocaleString('en')} stored`;
  for (const { figure, result, batch, aimMs } of figures) {
    const name = `${figure}, ${chartConnections} connections, ${stored}`;
    if (batch === undefined) {
      rows.push(describeLoad(label, name, result, aimMs ?? null));
      continue;
    }
    const perSecond = result.requestsPerSecond * batch;
    const failed = result.non2xx > 0 || result.errors > 0 || result.requests === 0;
    const hasAim = batch === 100 && kind === 'postgres';
    rows.push({
      database: label,
      figure: name,
      result: `${Math.round(perSecond).toLocaleString('en')} statements/s (${Math.round(result.requestsPerSecond)} requests/s, p95 ${ms(result.p95)}, ${result.requests} requests${failed ? `, ${result.non2xx} non-2xx, ${result.errors} errors` : ''})`,
      rate: result.requestsPerSecond,
      aim: hasAim ? `≥ ${ingestAim.toLocaleString('en')} statements/s` : '—',
      met: hasAim ? (!failed && perSecond >= ingestAim ? 'yes' : '**no**') : '—',
    });
  }
  return rows;
}

/** CMI commits of 50 learners (throughput at 50 connections, latency at 10) and a 200 MB upload. */
async function scormRows(options: {
  db: Parameters<typeof prepareCommits>[0]['db'];
  label: string;
  baseUrl: string;
  session: { cookie: string; csrfToken: string };
  organisationId: string;
  load: (options: LoadOptions) => Promise<LoadResult>;
}): Promise<Row[]> {
  const { label, baseUrl, load } = options;
  const rows: Row[] = [];
  const prepared = await prepareCommits({ ...options, signIn, learners: scormLearners });
  const commitLoad = (connectionCount: number) =>
    load({
      url: baseUrl,
      paths: ['/api/v1/scorm/commits'],
      method: 'POST',
      bodies: prepared.bodies,
      connections: connectionCount,
      durationSeconds: loadSeconds,
    });
  const busy = await commitLoad(connections);
  console.log('scorm commits, 50 connections', busy);
  rows.push({
    ...describeLoad(
      label,
      `SCORM CMI commits, ${scormLearners} learners at once (${connections} connections)`,
      busy,
      null,
    ),
    result: `${Math.round(busy.requestsPerSecond)} commits/s (p50 ${ms(busy.p50)}, p95 ${ms(busy.p95)}, ${busy.requests} requests${busy.non2xx ? `, ${busy.non2xx} non-2xx` : ''})`,
  });
  const calm = await commitLoad(chartConnections);
  console.log('scorm commits, 10 connections', calm);
  rows.push(
    describeLoad(
      label,
      `SCORM CMI commits, ${scormLearners} learners, ${chartConnections} connections`,
      calm,
      commitAimMs,
    ),
  );
  const large = await measureLargeUpload(baseUrl, options.session).catch((error: Error) => error);
  console.log('scorm 200 MB upload', large);
  rows.push(
    large instanceof Error
      ? {
          database: label,
          figure: 'SCORM package upload + unpack, 200 MB',
          result: `not measured: ${large.message.slice(0, 200)}`,
          aim: '—',
          met: '—',
        }
      : {
          database: label,
          figure: `SCORM package upload + check + unpack + store, ${Math.round(large.megabytes)} MB (41 files)`,
          result: `${large.seconds.toFixed(1)} s`,
          seconds: large.seconds,
          aim: '—',
          met: '—',
        },
  );
  return rows;
}

async function openBench(kind: 'pglite' | 'postgres') {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(os.tmpdir(), 'groeipad-bench-'));
    const handle = await createDatabase({ dataDir });
    return {
      handle,
      dataDir,
      databaseUrl: undefined,
      async drop() {
        await handle.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `groeipad_bench_${Date.now().toString(36)}`;
  const admin = await createDatabase({ databaseUrl: postgresServer, poolSize: 1 });
  await sql.raw(`CREATE DATABASE ${name}`).execute(admin.db);
  const url = new URL(postgresServer);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let handle: DatabaseHandle;
  try {
    handle = await createDatabase({ databaseUrl });
  } catch (error) {
    await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
    await admin.close();
    throw error;
  }
  const dataDir = mkdtempSync(join(os.tmpdir(), 'groeipad-bench-'));
  return {
    handle,
    dataDir,
    databaseUrl,
    async drop() {
      await handle.close();
      await sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).execute(admin.db);
      await admin.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type FloorRates = { bare: number; signedInHealth: number };

async function benchDatabase(
  kind: 'pglite' | 'postgres',
): Promise<{ label: string; rows: Row[]; floorRates: FloorRates | null }> {
  const bench = await openBench(kind);
  const rows: Row[] = [];
  let floorRates: FloorRates | null = null;
  try {
    const { db } = bench.handle;
    await migrate(db);
    const version = (
      await sql<{ version: string }>`SELECT current_setting('server_version') AS version`.execute(db)
    ).rows[0]!.version;
    const label =
      kind === 'pglite' ? `PGlite (PostgreSQL ${version}, in-process)` : `PostgreSQL ${version} server`;
    console.log(`\n== ${label}`);
    const seeded: SeededOrganisation = await seedLargeOrganisation(db);
    console.log(`seeded ${seeded.people} people in ${seeded.units} units in ${seeded.seconds.toFixed(1)} s`);
    rows.push({
      database: label,
      figure: `seed ${seeded.people.toLocaleString('en')} people, ${seeded.units} units (bulk insert, setup)`,
      result: `${seeded.seconds.toFixed(1)} s`,
      seconds: seeded.seconds,
      aim: '—',
      met: '—',
    });

    const config: Config = {
      port: 0,
      baseUrl: 'http://127.0.0.1',
      databaseUrl: bench.databaseUrl,
      dataDir: bench.dataDir,
      smtpUrl: undefined,
      sessionSecret: 'benchmark-secret-benchmark-secret-benchmark',
      logLevel: 'silent',
      seedDemo: false,
      isProduction: false,
    };
    const app = await buildApp(
      { db, config },
      {
        database: bench.handle,
        ...(process.env.BENCH_DEBUG ? { logger: (await import('pino')).default({ level: 'error' }) } : {}),
      },
    );
    let untilIdle = trackRequests(app);
    const load = async (options: LoadOptions) => {
      await untilIdle();
      return runLoad(options);
    };
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.server.address();
      if (!address || typeof address === 'string') throw new Error('no server address');
      const baseUrl = `http://127.0.0.1:${address.port}`;
      const session = await signIn(baseUrl);

      // The same app without the session cache: what the one lookup statement costs on its own.
      const uncached = await buildApp({ db, config }, { database: bench.handle, cacheSessions: false });
      const untilAppIdle = untilIdle;
      const untilUncachedIdle = trackRequests(uncached);
      untilIdle = async () => {
        await untilAppIdle();
        await untilUncachedIdle();
      };
      await uncached.listen({ port: 0, host: '127.0.0.1' });
      const uncachedAddress = uncached.server.address();
      if (!uncachedAddress || typeof uncachedAddress === 'string') throw new Error('no server address');
      const floor = await measureFloor({
        handle: bench.handle,
        baseUrl,
        uncachedBaseUrl: `http://127.0.0.1:${uncachedAddress.port}`,
        cookie: session.cookie,
        connections,
        durationSeconds: floorSeconds,
        rounds: floorRounds,
        load,
      }).finally(async () => {
        await untilIdle();
        untilIdle = untilAppIdle;
        await uncached.close();
      });
      floorRates = {
        bare: median(floor.bare.map((run) => run.requestsPerSecond)),
        signedInHealth: median(floor.signedInHealth.map((run) => run.requestsPerSecond)),
      };
      rows.push(...floorRows(label, floor));
      if (only === 'floor') return { label, rows, floorRates };
      const scorm = async () => {
        await untilIdle();
        rows.push(
          ...(await scormRows({ db, label, baseUrl, session, organisationId: seeded.organisationId, load })),
        );
      };
      if (only === 'xapi') {
        rows.push(...(await benchXapi(label, kind, db, seeded.organisationId, baseUrl, load)));
        return { label, rows, floorRates };
      }
      if (only === 'scorm') {
        await scorm();
        return { label, rows, floorRates };
      }
      // The focused benches (`--only <name>`) all get the same view of this run.
      const focus = {
        db,
        config,
        label,
        baseUrl,
        session,
        organisationId: seeded.organisationId,
        loadSeconds,
        load,
        describeLoad,
        signedInP95: median(floor.signedInHealth.map((run) => run.p95 ?? 0)),
        untilIdle: () => untilIdle(),
      };
      const adminId = async () =>
        (
          await db
            .selectFrom('people')
            .select('id')
            .where('organisation_id', '=', seeded.organisationId)
            .where('email', '=', benchAdmin.email)
            .executeTakeFirstOrThrow()
        ).id;
      const focused: Record<string, () => Promise<typeof rows>> = {
        talent: () => talentRows(focus),
        campaigns: () => campaignRows(focus),
        scim: async () => scimRows({ ...focus, createdBy: await adminId() }),
        social: () => socialRows(focus),
      };
      const focusedBench = only === undefined ? undefined : focused[only];
      if (focusedBench) {
        await untilIdle();
        rows.push(...(await focusedBench()));
        return { label, rows, floorRates };
      }
      if (only === 'events') {
        await untilIdle();
        rows.push(...(await eventRows({ ...focus, signIn })));
        await untilIdle();
        rows.push(...(await weekViewRows(focus)));
        return { label, rows, floorRates };
      }

      const pages = Math.floor(seeded.people / 25);
      const listPaths = Array.from({ length: 97 }, (_, i) => `/api/v1/people?page=${1 + ((i * 37) % pages)}`);
      const list = await load({
        url: baseUrl,
        paths: listPaths,
        cookie: session.cookie,
        connections,
        durationSeconds: loadSeconds,
      });
      console.log('people list', list);
      rows.push(describeLoad(label, `people list, ${connections} connections`, list, listAimMs));

      const searchPaths = searchTerms.map((term) => `/api/v1/people?q=${encodeURIComponent(term)}`);
      const search = await load({
        url: baseUrl,
        paths: searchPaths,
        cookie: session.cookie,
        connections,
        durationSeconds: loadSeconds,
      });
      console.log('people search', search);
      rows.push(describeLoad(label, `people search, ${connections} connections`, search, listAimMs));

      const chart = await load({
        url: baseUrl,
        paths: [`/api/v1/org-units/${seeded.largestUnitId}/chart`],
        cookie: session.cookie,
        connections: chartConnections,
        durationSeconds: loadSeconds,
      });
      console.log('org chart', chart);
      rows.push(
        describeLoad(
          label,
          `org chart of the largest unit (${seeded.largestUnitMembers} members), ${chartConnections} connections`,
          chart,
          null,
        ),
      );

      // Skills after the people figures, so their 500 extra people do not change those.
      await untilIdle();
      const skills = await seedSkillsForBench(db, seeded.organisationId);
      console.log(`seeded skills: ${skills.ratings} ratings in ${skills.seconds.toFixed(1)} s`);
      rows.push({
        database: label,
        figure: `seed 60 skills, 16 roles, ${skills.ratings.toLocaleString('en')} ratings, a team of ${skills.matrixPeople} (setup)`,
        result: `${skills.seconds.toFixed(1)} s`,
        seconds: skills.seconds,
        aim: '—',
        met: '—',
      });
      const matrix = await load({
        url: baseUrl,
        paths: [`/api/v1/skills/team-matrix?unitId=${skills.matrixUnitId}`],
        cookie: session.cookie,
        connections: chartConnections,
        durationSeconds: loadSeconds,
      });
      console.log('skills team matrix', matrix);
      rows.push(
        describeLoad(
          label,
          `skills team matrix, ${skills.matrixPeople} people × 60 skills, ${chartConnections} connections`,
          matrix,
          kind === 'postgres' ? matrixAimMs : null,
        ),
      );
      const organisationGaps = await load({
        url: baseUrl,
        paths: ['/api/v1/skills/organisation-gaps'],
        cookie: session.cookie,
        connections: 2,
        durationSeconds: loadSeconds,
      });
      console.log('skills organisation gaps', organisationGaps);
      rows.push(
        describeLoad(
          label,
          `skills organisation gaps, ${seeded.people.toLocaleString('en')} people, 2 connections`,
          organisationGaps,
          kind === 'postgres' ? organisationGapsAimMs : null,
        ),
      );

      // The home feed: 500 announcements with audiences and echo schedules, read by one person.
      const announced = await seedAnnouncements(db, seeded.organisationId, benchAdmin.email);
      console.log(`seeded ${announced.announcements} announcements in ${announced.seconds.toFixed(1)} s`);
      const feed = await load({
        url: baseUrl,
        paths: ['/api/v1/announcements/feed'],
        cookie: session.cookie,
        connections,
        durationSeconds: loadSeconds,
      });
      console.log('home feed', feed);
      rows.push(
        describeLoad(
          label,
          `home feed (500 announcements, echoes), ${connections} connections`,
          feed,
          listAimMs,
        ),
      );

      // Development: the manager team overview (plans, budgets, conversations of 50 reports) and the
      // HR progress board of a cycle over everyone.
      const development = await seedDevelopmentBench(db, seeded.organisationId);
      const managerSession = await signIn(baseUrl, benchManager);
      const overview = await load({
        url: baseUrl,
        paths: [
          '/api/v1/plans',
          '/api/v1/budgets',
          '/api/v1/conversations/mine',
          '/api/v1/learning-agreements/mine',
        ],
        cookie: managerSession.cookie,
        connections: chartConnections,
        durationSeconds: loadSeconds,
      });
      console.log('manager team overview', overview);
      rows.push(
        describeLoad(
          label,
          `manager team overview of 50 reports (4 requests), ${chartConnections} connections`,
          overview,
          100,
        ),
      );
      const board = await load({
        url: baseUrl,
        paths: [`/api/v1/conversation-cycles/${development.cycleId}/board`],
        cookie: session.cookie,
        connections: chartConnections,
        durationSeconds: loadSeconds,
      });
      console.log('HR cycle board', board);
      rows.push(
        describeLoad(
          label,
          `HR conversation cycle board, ${seeded.people.toLocaleString('en')} people, ${chartConnections} connections`,
          board,
          100,
        ),
      );

      await untilIdle();
      const imported = await measureImport({ db, baseUrl, rows: 10_000 }).catch(
        (error: Error): ImportMeasurement => ({ measured: false, detail: error.message.slice(0, 200) }),
      );
      console.log('import', imported);
      const aim = kind === 'postgres' ? `< ${importAimSeconds} s` : '—';
      const met = (seconds: number) =>
        kind !== 'postgres' ? '—' : seconds < importAimSeconds ? 'yes' : '**no**';
      if (imported.measured) {
        for (const [figure, run] of [
          ['import 10,000-row CSV into an empty organisation (upload + preview + apply)', imported.first],
          ['import the same file again, nothing changed (upload + preview + apply)', imported.again],
        ] as const) {
          rows.push({
            database: label,
            figure,
            result: `${run.seconds.toFixed(1)} s (${run.detail})`,
            seconds: run.seconds,
            aim,
            met: met(run.seconds),
          });
        }
      } else {
        rows.push({
          database: label,
          figure: 'import 10,000-row CSV (upload + preview + apply)',
          result: `not measured: ${imported.detail}`,
          aim,
          met: '—',
        });
      }

      // ---- catalogue and learning ----
      await untilIdle();
      const admin = await db
        .selectFrom('people')
        .select('id')
        .where('organisation_id', '=', seeded.organisationId)
        .where('email', '=', benchAdmin.email)
        .executeTakeFirstOrThrow();
      const statements = statementCount;
      const catalogue = await seedCatalogue(db, {
        organisationId: seeded.organisationId,
        personId: admin.id,
        items: 5_000,
        enrolments: 200,
      });
      console.log('catalogue seeded', { ...catalogue, itemIds: catalogue.itemIds.length });
      // The statement store first: the learning figures below run with it full.
      const xapiRows = await benchXapi(label, kind, db, seeded.organisationId, baseUrl, load);
      rows.push({
        database: label,
        figure: '5,000 catalogue items, 200 enrolments (bulk, setup)',
        result: `${catalogue.seconds.toFixed(1)} s`,
        seconds: catalogue.seconds,
        aim: '—',
        met: '—',
      });
      const catalogueSearch = await load({
        url: baseUrl,
        paths: catalogueSearches.map((term) => `/api/v1/catalogue?q=${encodeURIComponent(term)}`),
        cookie: session.cookie,
        connections,
        durationSeconds: loadSeconds,
      });
      console.log('catalogue search', catalogueSearch);
      rows.push(
        describeLoad(
          label,
          `catalogue search, 5,000 items, ${connections} connections`,
          catalogueSearch,
          listAimMs,
        ),
      );
      const myLearning = await load({
        url: baseUrl,
        paths: ['/api/v1/learning/mine'],
        cookie: session.cookie,
        connections,
        durationSeconds: loadSeconds,
      });
      console.log('my learning', myLearning);
      rows.push(
        describeLoad(
          label,
          `"Mijn leren" with 200 enrolments, ${connections} connections`,
          myLearning,
          listAimMs,
        ),
      );
      const progressWrites = await load({
        url: baseUrl,
        paths: catalogue.itemIds.map((id) => `/api/v1/learning/items/${id}/progress`),
        cookie: session.cookie,
        csrfToken: session.csrfToken,
        method: 'PUT',
        body: JSON.stringify({ percent: 42, positionSeconds: 61.5 }),
        connections: 10,
        durationSeconds: loadSeconds,
      });
      console.log('progress writes', progressWrites);
      rows.push({
        database: label,
        figure: `progress writes (progress + xAPI statement + enrolments touched), 10 connections, ${statements.toLocaleString('en')} statements stored`,
        result: `${Math.round(progressWrites.requestsPerSecond)} events/s (p95 ${ms(progressWrites.p95)}, ${progressWrites.requests} requests${progressWrites.non2xx ? `, ${progressWrites.non2xx} non-2xx` : ''})`,
        rate: progressWrites.requestsPerSecond,
        aim: '—',
        met: '—',
      });
      rows.push(...xapiRows);
      await scorm();
    } finally {
      const closing = performance.now();
      await app.close();
      console.log(`closed the app in ${((performance.now() - closing) / 1000).toFixed(1)} s`);
    }
    return { label, rows, floorRates };
  } finally {
    const dropping = performance.now();
    await bench.drop();
    console.log(`dropped the ${kind} database in ${((performance.now() - dropping) / 1000).toFixed(1)} s`);
  }
}

const started = performance.now();
// A stuck run must not hang CI or a laptop: stop after 30 minutes whatever happens.
const deadline = setTimeout(() => {
  console.error('bench: still running after 30 minutes; stopping');
  process.exit(1);
}, 30 * 60_000);
deadline.unref();

const all: Row[] = [];
const kinds = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
if (only === undefined || only === 'first-page') {
  try {
    all.push(...firstPageRows(await measureFirstPage()));
  } catch (error) {
    console.error('first-page bench failed:', error);
    all.push({
      database: firstPageLabel,
      figure: 'first page',
      result: `not measured: ${(error as Error).message}`,
      aim: '—',
      met: '—',
    });
  }
}
for (const kind of only === 'first-page' ? [] : kinds) {
  try {
    const measured = await benchDatabase(kind);
    all.push(...withRatios(measured.rows, measured.floorRates));
  } catch (error) {
    console.error(`bench on ${kind} failed:`, error);
    all.push({
      database: kind === 'pglite' ? 'PGlite' : `PostgreSQL server (${new URL(postgresServer).host})`,
      figure: only ? 'floor figures' : 'all figures',
      result: `not measured: ${(error as Error).message}`,
      aim: '—',
      met: '—',
    });
  }
}
const file = join(root, 'BENCHMARKS.md');
const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
const written = writeReport(previous, all, {
  loadSeconds,
  minutes: (performance.now() - started) / 60_000,
  only,
  isFloorFigure,
});
writeFileSync(file, written);
console.log(`\nWrote BENCHMARKS.md (${all.length} rows measured${only ? `, --only ${only}` : ''}).`);
process.exit(0);
