import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DB } from '../src/server/db/schema.gen.ts';
import { defaultQuestions } from '../src/server/modules/talent/talent.questions.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Row } from './report.ts';

// Talent review at scale (issue 21): a round of 1,000 people, everyone placed on the nine-box, HR reading
// the calibration grid at 10 connections, and calibration moves with a reason at 10 connections (each
// request moves a different person, so none is refused as "already in this box").

type Session = { cookie: string; csrfToken: string };
const people = 1_000;
const connections = 10;
const moves = 2_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

export async function talentRows(options: {
  db: Kysely<DB>;
  label: string;
  baseUrl: string;
  session: Session;
  organisationId: string;
  loadSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
  describeLoad: (label: string, figure: string, result: LoadResult, aimMs: number) => Row;
  /** The same run's signed-in /health p95 (the floor): the grid's p95 is also told as a multiple of it. */
  signedInP95: number;
}): Promise<Row[]> {
  const { db, baseUrl, session, organisationId } = options;
  const round = await sql<{ id: string }>`
    INSERT INTO talent_rounds (organisation_id, title, scope, reviewer_rule, questions, review_deadline, opened_at)
    VALUES (${organisationId}, 'Bench: vlootschouw 1.000', '{}', 'hr', ${JSON.stringify(defaultQuestions)}::jsonb,
            current_date + 14, now()) RETURNING id`.execute(db);
  const roundId = round.rows[0]!.id;
  await sql`
    INSERT INTO talent_reviews (organisation_id, round_id, person_id, performance, potential, advice, submitted_at)
    SELECT organisation_id, ${roundId}, id, 1 + abs(hashtext(id::text)) % 3, 1 + abs(hashtext(id::text || 'q')) % 3,
           'Advies', now()
      FROM (SELECT organisation_id, id FROM people WHERE organisation_id = ${organisationId} AND status <> 'left'
            ORDER BY id LIMIT ${people}) p`.execute(db);
  const reviews = await db
    .selectFrom('talent_reviews')
    .select(['id', 'performance', 'potential'])
    .where('organisation_id', '=', organisationId)
    .where('round_id', '=', roundId)
    .orderBy('id')
    .execute();

  const grid = await options.load({
    url: baseUrl,
    paths: [`/api/v1/talent/rounds/${roundId}`],
    cookie: session.cookie,
    connections,
    durationSeconds: options.loadSeconds,
  });
  console.log('talent calibration grid', grid);

  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < moves) {
        const index = next++;
        const review = reviews[index % reviews.length]!;
        // First pass: to the box diagonally opposite; second pass: back where the review was.
        const away = { performance: 4 - review.performance!, potential: 4 - review.potential! };
        const target =
          away.performance === review.performance && away.potential === review.potential
            ? { performance: index < reviews.length ? 1 : 2, potential: index < reviews.length ? 1 : 2 }
            : index < reviews.length
              ? away
              : { performance: review.performance!, potential: review.potential! };
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}/api/v1/talent/reviews/${review.id}/move`, {
          method: 'POST',
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrfToken,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ ...target, reason: 'Kalibratie: bench' }),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  const rate = moves / seconds;
  const kept = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM talent_moves m JOIN talent_reviews v
        ON v.organisation_id = m.organisation_id AND v.id = m.review_id
     WHERE v.organisation_id = ${organisationId} AND v.round_id = ${roundId}`.execute(db);
  console.log('talent calibration moves', {
    rate,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    failed,
  });
  const gridRow = options.describeLoad(
    options.label,
    `talent calibration grid (nine-box) of ${reviews.length.toLocaleString('en')} people, ${connections} connections`,
    grid,
    250,
  );
  if (grid.p95 !== null && options.signedInP95 > 0)
    gridRow.result += `; p95 = ${(grid.p95 / options.signedInP95).toFixed(1)}× the signed-in /health p95 (${options.signedInP95.toFixed(1)} ms)`;
  return [
    gridRow,
    {
      database: options.label,
      figure: `talent calibration moves with a reason, ${moves.toLocaleString('en')} moves over ${reviews.length.toLocaleString('en')} people, ${connections} connections`,
      result: `${Math.round(rate)} moves/s (p50 ${Math.round(percentile(sorted, 0.5))} ms, p95 ${Math.round(percentile(sorted, 0.95))} ms); ${kept.rows[0]!.n} kept in the history, ${failed} failed`,
      rate,
      aim: 'every move kept, none failed',
      met: failed === 0 && kept.rows[0]!.n === moves ? 'yes' : 'NO',
    },
  ];
}
