import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../src/server/db/schema.gen.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Row } from './report.ts';

// Social learning at scale (issue 16): the organisation's knowledge feed and post list over 100,000
// posts, and the leaderboards of an organisation of 10,000 people with a month of points — a points
// challenge with every team as a participant (the team leaderboard) and the opted-in individual board
// (the top three and my neighbours). Each at 50 connections; p95 told as a multiple of the same run's
// signed-in /health p95 (the floor). Aim: under 2×.

type Session = { cookie: string; csrfToken: string };
const posts = Number(process.env.BENCH_POSTS ?? 100_000);
const connections = 50;
const aimRatio = 2;

export async function socialRows(options: {
  db: Kysely<DB>;
  label: string;
  baseUrl: string;
  session: Session;
  organisationId: string;
  loadSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
  describeLoad: (label: string, figure: string, result: LoadResult, aimMs: number | null) => Row;
  /** The same run's signed-in /health p95 (the floor). */
  signedInP95: number;
  untilIdle: () => Promise<void>;
}): Promise<Row[]> {
  const { db, baseUrl, session, organisationId, signedInP95 } = options;
  const get = (path: string) => fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
  // The standard spaces (organisation + one per unit) exist once someone asks for them.
  const spaces = await get('/api/v1/knowledge/spaces');
  if (!spaces.ok) throw new Error(`knowledge spaces: ${spaces.status} ${await spaces.text()}`);

  const started = performance.now();
  const { challengeId, seeded } = await seedSocial(db, organisationId);
  console.log('social seeded', { ...seeded, seconds: (performance.now() - started) / 1000 });
  for (const path of [
    '/api/v1/knowledge/feed',
    '/api/v1/knowledge/posts',
    `/api/v1/challenges/${challengeId}`,
    '/api/v1/recognition/leaderboard',
  ]) {
    const response = await get(path);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }

  const figures: { figure: string; paths: string[] }[] = [
    {
      figure: `GET /knowledge/feed (home block) over ${seeded.posts.toLocaleString('en')} posts`,
      paths: ['/api/v1/knowledge/feed'],
    },
    {
      figure: `GET /knowledge/posts (organisation feed, first page) over ${seeded.posts.toLocaleString('en')} posts`,
      paths: ['/api/v1/knowledge/posts'],
    },
    {
      figure: `GET /challenges/:id (team leaderboard, ${seeded.teams} teams, ${seeded.people.toLocaleString('en')} people with points)`,
      paths: [`/api/v1/challenges/${challengeId}`],
    },
    {
      figure: `GET /recognition/leaderboard (opted-in individual board, ${seeded.people.toLocaleString('en')} people with points)`,
      paths: ['/api/v1/recognition/leaderboard'],
    },
  ];
  // Measured as the floor is, warm: the seed's writes are checkpointed now rather than written out by
  // the server during the first figure, and each figure's route runs a few seconds unmeasured first (its
  // code compiled, its shared copy loaded). Without this, whichever figure came first after the seed
  // measured slow (the feed at 2.4× in one run, 1.3× with a warm-up run before it; BENCHMARKS.md).
  await sql`CHECKPOINT`.execute(db);
  for (const { paths } of figures) {
    await options.untilIdle();
    await options.load({ url: baseUrl, paths, cookie: session.cookie, connections, durationSeconds: 2 });
  }
  const rows: Row[] = [];
  for (const { figure, paths } of figures) {
    await options.untilIdle();
    const result = await options.load({
      url: baseUrl,
      paths,
      cookie: session.cookie,
      connections,
      durationSeconds: options.loadSeconds,
    });
    console.log(figure, result);
    const row = options.describeLoad(options.label, `${figure}, ${connections} connections`, result, null);
    if (result.p95 !== null && signedInP95 > 0) {
      const ratio = result.p95 / signedInP95;
      row.result += `; p95 = ${ratio.toFixed(1)}× the signed-in /health p95 (${signedInP95.toFixed(1)} ms)`;
      row.aim = `p95 < ${aimRatio}× floor`;
      row.met = ratio < aimRatio && result.non2xx === 0 && result.errors === 0 ? 'yes' : '**no**';
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The social data at scale (the standard spaces must exist: GET /knowledge/spaces makes them). Plain SQL:
 * the seed is not what is measured. Also used by bench/profile-social.ts.
 */
export async function seedSocial(db: Kysely<DB>, organisationId: string) {
  // 100,000 posts over the organisation space and the unit spaces, by current people, over a year;
  // a comment and a reaction on every tenth. Plain SQL: the seed is not what is measured.
  await sql`
    WITH s AS (SELECT id, row_number() OVER (ORDER BY kind, id) - 1 AS n, count(*) OVER () AS total
                 FROM knowledge_spaces WHERE organisation_id = ${organisationId}),
         p AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                 FROM people WHERE organisation_id = ${organisationId} AND status <> 'left')
    INSERT INTO knowledge_posts (organisation_id, space_id, author_id, kind, language, title, body_html, body_text,
                                 link_url, learned_kind, learned_id, learned_title, applied_text, created_at)
    SELECT ${organisationId}, s.id, p.id,
           (ARRAY['tip', 'question', 'resource', 'learned'])[1 + g % 4],
           CASE WHEN g % 5 = 0 THEN 'en' ELSE 'nl' END,
           'Bench: wat ik leerde over overdracht ' || g,
           '<p>Tijdens de overdracht gebruik ik SBAR; het scheelt vragen achteraf.</p>',
           'Tijdens de overdracht gebruik ik SBAR; het scheelt vragen achteraf.',
           CASE WHEN g % 4 = 2 THEN 'https://example.org/sbar' END,
           CASE WHEN g % 4 = 3 THEN 'content' END,
           CASE WHEN g % 4 = 3 THEN gen_random_uuid() END,
           CASE WHEN g % 4 = 3 THEN 'Overdragen met SBAR' END,
           CASE WHEN g % 4 = 3 THEN 'Ik gebruik het bij elke avondoverdracht.' END,
           now() - (g % 365) * interval '1 day' - (g % 1440) * interval '1 minute'
      FROM generate_series(1, ${posts}) AS g
      JOIN s ON s.n = CASE WHEN g % 3 = 0 THEN 0 ELSE g % s.total END
      JOIN p ON p.n = (g * 7919) % p.total`.execute(db);
  await sql`
    INSERT INTO knowledge_comments (organisation_id, post_id, author_id, body_html)
    SELECT organisation_id, id, author_id, '<p>Dank, herkenbaar.</p>'
      FROM knowledge_posts WHERE organisation_id = ${organisationId} AND abs(hashtext(id::text)) % 10 = 0`.execute(
    db,
  );
  await sql`
    INSERT INTO knowledge_reactions (organisation_id, post_id, person_id, reaction)
    SELECT organisation_id, id, author_id, 'thanks'
      FROM knowledge_posts WHERE organisation_id = ${organisationId} AND abs(hashtext(id::text)) % 10 = 1
    ON CONFLICT DO NOTHING`.execute(db);

  // A month of points for everyone (four actions each), a third opted in to individual leaderboards,
  // and a points challenge this month with every unit as a team.
  await sql`
    INSERT INTO points_ledger (organisation_id, person_id, action, points, on_date)
    SELECT organisation_id, id, (ARRAY['item_completed', 'kudos_given', 'kudos_received', 'applied'])[1 + g % 4],
           1 + abs(hashtext(id::text || g)) % 25, date_trunc('month', current_date)::date
      FROM people, generate_series(0, 3) AS g
     WHERE organisation_id = ${organisationId} AND status <> 'left'`.execute(db);
  await sql`
    INSERT INTO recognition_preferences (organisation_id, person_id, on_leaderboards, points_visible)
    SELECT organisation_id, id, true, true FROM people
     WHERE organisation_id = ${organisationId} AND status <> 'left' AND abs(hashtext(id::text)) % 3 = 0
    ON CONFLICT (organisation_id, person_id) DO UPDATE SET on_leaderboards = true, points_visible = true`.execute(
    db,
  );
  const challenge = await sql<{ id: string }>`
    INSERT INTO challenges (organisation_id, title, metric, goal, starts_on, ends_on)
    VALUES (${organisationId}, 'Bench: elk team 500 punten', 'points', 500,
            date_trunc('month', current_date)::date, (date_trunc('month', current_date) + interval '1 month - 1 day')::date)
    RETURNING id`.execute(db);
  const challengeId = challenge.rows[0]!.id;
  await sql`
    INSERT INTO challenge_teams (organisation_id, challenge_id, org_unit_id)
    SELECT organisation_id, ${challengeId}, id FROM org_units WHERE organisation_id = ${organisationId}`.execute(
    db,
  );
  // The bench admin opts in too, so the individual board shows their neighbours.
  await sql`
    INSERT INTO recognition_preferences (organisation_id, person_id, on_leaderboards)
    SELECT organisation_id, id, true FROM people WHERE organisation_id = ${organisationId}
       AND id = (SELECT id FROM people WHERE organisation_id = ${organisationId} ORDER BY created_at LIMIT 1)
    ON CONFLICT (organisation_id, person_id) DO UPDATE SET on_leaderboards = true`.execute(db);
  // Fresh statistics for what the reads plan on (the totals tables are filled by triggers, migration 0272).
  for (const table of [
    'knowledge_posts',
    'knowledge_comments',
    'knowledge_reactions',
    'points_ledger',
    'points_person_months',
    'points_unit_days',
    'unit_member_counts',
    'recognition_preferences',
  ])
    await sql`ANALYZE ${sql.table(table)}`.execute(db);
  const counts = await sql<{ posts: number; people: number; teams: number }>`
    SELECT (SELECT count(*)::int FROM knowledge_posts WHERE organisation_id = ${organisationId}) AS posts,
           (SELECT count(DISTINCT person_id)::int FROM points_ledger WHERE organisation_id = ${organisationId}) AS people,
           (SELECT count(*)::int FROM challenge_teams WHERE organisation_id = ${organisationId} AND challenge_id = ${challengeId}) AS teams`.execute(
    db,
  );
  const seeded = counts.rows[0]!;
  return { challengeId, seeded };
}
