// The learning record store under load: a large statement store seeded set-based (setup, not
// measured), then xAPI ingest in batches of 1, 10 and 100 and filtered GET /xapi/statements, each
// with an LRS credential over HTTP Basic, as an outside tool would.
import { sql } from 'kysely';
import pino from 'pino';
import { createBus } from '../src/server/core/bus.ts';
import { organisationContext } from '../src/server/core/context.ts';
import type { Db } from '../src/server/db/database.ts';
import { createCredential } from '../src/server/modules/xapi/credentials/credentials.service.ts';
import type { LoadOptions, LoadResult } from './load.ts';

export const xapiVerbs = [
  'http://adlnet.gov/expapi/verbs/experienced',
  'http://adlnet.gov/expapi/verbs/progressed',
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/failed',
];
const activities = 2_000;
const activityBase = 'https://content.example/activities/';
const activityId = (n: number) => `${activityBase}${n}`;
const literal = (values: string[]) =>
  sql.raw(`(ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(',')}])`);

/**
 * Seeds `count` statements spread over everyone and a year, oldest first (so the store's order and
 * `stored` agree, as they do when statements arrive over time): the actors by mbox, matched to their
 * person, 2,000 activities with definitions, five verbs. Set-based with generate_series, 100,000 rows
 * per statement; the secondary indexes are dropped first and built again after (as a restore would).
 * Per row only cheap work: the actor, verb and activity objects and their keys are built once and
 * picked from arrays, and ids count up (appended to the primary key, not written on random pages);
 * that makes a million statements feasible on PGlite, where every function call costs more.
 */
export async function seedStatements(db: Db, options: { organisationId: string; count: number }) {
  const started = performance.now();
  const org = options.organisationId;
  const indexes = (
    await sql<{ indexname: string; indexdef: string }>`
      SELECT indexname, indexdef FROM pg_indexes
      WHERE tablename = 'xapi_statements' AND indexname <> 'xapi_statements_pkey'`.execute(db)
  ).rows;
  for (const index of indexes) await sql.raw(`DROP INDEX ${index.indexname}`).execute(db);
  await sql`
    INSERT INTO xapi_actors (organisation_id, agent_key, agent, name, person_id, matched_by)
    SELECT organisation_id, md5('mbox|mailto:' || email)::uuid,
      jsonb_build_object('objectType', 'Agent', 'mbox', 'mailto:' || email), given_name, id, 'mbox'
    FROM people WHERE organisation_id = ${org}
    ON CONFLICT DO NOTHING`.execute(db);
  await sql`
    INSERT INTO xapi_activities (organisation_id, activity_key, activity_id, definition)
    SELECT ${org}, md5(${activityBase} || n)::uuid, ${activityBase} || n,
      jsonb_build_object('name', jsonb_build_object('nl-NL', 'Module ' || n))
    FROM generate_series(1, ${activities}) n
    ON CONFLICT DO NOTHING`.execute(db);
  // The same as the id of a later run would be: continue after what is stored.
  const offset = Number(
    (
      await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM xapi_statements WHERE organisation_id = ${org}`.execute(db)
    ).rows[0]!.n,
  );
  const batch = 100_000;
  const authority = JSON.stringify({
    objectType: 'Agent',
    name: 'Bench',
    account: { homePage: 'https://bench.example', name: 'bench' },
  });
  for (let from = offset + 1; from <= offset + options.count; from += batch) {
    const to = Math.min(offset + options.count, from + batch - 1);
    await sql`
      WITH people AS (
        SELECT array_agg(id ORDER BY id) AS ids,
          array_agg(md5('mbox|mailto:' || email)::uuid ORDER BY id) AS keys,
          array_agg(jsonb_build_object('objectType', 'Agent', 'mbox', 'mailto:' || email) ORDER BY id) AS agents,
          count(*)::int AS n
        FROM people WHERE organisation_id = ${org}
      ),
      verbs AS (
        SELECT array_agg(v ORDER BY n) AS ids, array_agg(jsonb_build_object('id', v) ORDER BY n) AS objects
        FROM unnest(${literal(xapiVerbs)}) WITH ORDINALITY AS verb(v, n)
      ),
      things AS (
        SELECT array_agg(md5(${activityBase} || n)::uuid ORDER BY n) AS keys,
          array_agg(jsonb_build_object('objectType', 'Activity', 'id', ${activityBase} || n) ORDER BY n) AS objects
        FROM generate_series(1, ${activities}) n
      ),
      rows AS (
        SELECT
          ('00000000-0000-4000-8' || lpad(to_hex(i), 15, '0'))::uuid AS id,
          1 + i % people.n AS p, 1 + (i / 7) % ${xapiVerbs.length} AS v, 1 + i % ${activities} AS a,
          date_trunc('milliseconds', now() - (${offset + options.count}::int - i) * (interval '365 days' / ${options.count}::int)) AS stored
        FROM generate_series(${from}::int, ${to}::int) i, people
      )
      INSERT INTO xapi_statements (organisation_id, id, stored, verb_id, actor_key, activity_key,
        related_agents, related_activities, person_id, statement)
      SELECT ${org}, rows.id, stored, verbs.ids[v], people.keys[p], things.keys[a],
        ARRAY[people.keys[p]], ARRAY[things.keys[a]], people.ids[p],
        jsonb_build_object('id', rows.id, 'version', '1.0.0', 'actor', people.agents[p],
          'verb', verbs.objects[v], 'object', things.objects[a],
          'timestamp', to_char(stored AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          'authority', ${authority}::jsonb)
      FROM rows, people, verbs, things ORDER BY rows.id`.execute(db);
  }
  // Index builds sort in memory when they may (the default 64 MB spills a million rows to disk).
  await db.connection().execute(async (connection) => {
    await sql`SET maintenance_work_mem = '256MB'`.execute(connection);
    for (const index of indexes) await sql.raw(index.indexdef).execute(connection);
    await sql`RESET maintenance_work_mem`.execute(connection);
  });
  // As autovacuum (PostgreSQL) or the app's db.vacuum job (PGlite) leaves a table after a bulk load:
  // statistics fresh and the visibility map set, so index-only scans stay in the index.
  await sql`VACUUM (ANALYZE) xapi_statements`.execute(db);
  await sql`VACUUM (ANALYZE) xapi_actors`.execute(db);
  return { statements: options.count, seconds: (performance.now() - started) / 1000 };
}

export type XapiFigure = {
  figure: string;
  result: LoadResult;
  /** Statements per request (ingest), for statements per second. */
  batch?: number;
  /** p95 aim in ms for reads. */
  aimMs?: number;
};

/** Ingest and filtered reads, each a load run at 10 connections with an LRS credential. */
export async function measureXapi(options: {
  db: Db;
  organisationId: string;
  baseUrl: string;
  statements: number;
  connections: number;
  durationSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
}): Promise<XapiFigure[]> {
  const { db, organisationId, connections, durationSeconds } = options;
  const log = pino({ level: 'silent' });
  const system = organisationContext({ db, organisationId, log, bus: createBus(log) });
  const credential = await createCredential(system, { name: 'Bench', scopes: ['all'] });
  const headers = {
    authorization: `Basic ${Buffer.from(`${credential.key}:${credential.secret}`).toString('base64')}`,
    'x-experience-api-version': '1.0.3',
  };
  const people = (
    await db
      .selectFrom('people')
      .select('email')
      .where('organisation_id', '=', organisationId)
      .orderBy('id')
      .limit(200)
      .execute()
  ).map((row) => row.email);
  const figures: XapiFigure[] = [];
  const url = options.baseUrl;

  for (const batch of [1, 10, 100]) {
    const statements = Array.from({ length: batch }, (_, n) => ({
      actor: { objectType: 'Agent', mbox: `mailto:${people[n % people.length]}` },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced' } },
      object: {
        objectType: 'Activity',
        id: activityId(1 + (n % activities)),
        definition: { name: { 'nl-NL': `Module ${1 + (n % activities)}` } },
      },
      result: { completion: true, duration: 'PT4M' },
    }));
    const result = await options.load({
      url,
      paths: ['/xapi/statements'],
      method: 'POST',
      body: JSON.stringify(statements),
      headers,
      connections,
      durationSeconds,
    });
    console.log(`xapi ingest, batches of ${batch}`, result);
    figures.push({ figure: `xAPI ingest, POST batches of ${batch}`, result, batch });
  }

  const limit = 50;
  const read = async (figure: string, paths: string[]) => {
    const result = await options.load({ url, paths, headers, connections, durationSeconds });
    console.log(figure, result);
    figures.push({ figure, result, aimMs: 50 });
  };
  await read(
    `xAPI GET statements by agent (limit ${limit})`,
    people.map(
      (email) =>
        `/xapi/statements?limit=${limit}&agent=${encodeURIComponent(JSON.stringify({ mbox: `mailto:${email}` }))}`,
    ),
  );
  await read(
    `xAPI GET statements by activity (limit ${limit})`,
    Array.from(
      { length: 200 },
      (_, n) => `/xapi/statements?limit=${limit}&activity=${encodeURIComponent(activityId(1 + n * 7))}`,
    ),
  );
  const since = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  await read(
    `xAPI GET statements by verb + since (last 1–30 days, limit ${limit})`,
    Array.from(
      { length: 150 },
      (_, n) =>
        `/xapi/statements?limit=${limit}&verb=${encodeURIComponent(xapiVerbs[n % xapiVerbs.length]!)}&since=${encodeURIComponent(since(1 + (n % 30)))}`,
    ),
  );
  return figures;
}
