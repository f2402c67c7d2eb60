// The signed-in floor: what every signed-in request pays before its own work, measured against a bare
// reference in the same process and on the same database, so the ratio survives a busy machine.
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../src/server/db/database.ts';
import { sha256 } from '../src/server/modules/auth/auth.crypto.ts';
import type { LoadOptions, LoadResult } from './load.ts';

/**
 * Requests still being handled: autocannon stops sending at the end of a run, but the server finishes
 * what it got. The next run starts when those are done (the returned function), so runs do not overlap.
 * The hooks are callback hooks, not async ones: two more promises per request tipped V8 into allocating
 * each request's objects in the old generation (allocation-site pretenuring), which tripled the young
 * collections' pauses and doubled the social figures' p95 — the bench measured itself (BENCHMARKS.md).
 */
export function trackRequests(app: FastifyInstance): () => Promise<void> {
  let inFlight = 0;
  app.addHook('onRequest', (_request, _reply, done) => {
    inFlight++;
    done();
  });
  // onSend, not onResponse: a request whose client has gone still reaches onSend, never onResponse.
  app.addHook('onSend', (_request, _reply, payload, done) => {
    inFlight--;
    done(null, payload);
  });
  return async () => {
    const deadline = Date.now() + 60_000;
    while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  };
}

/**
 * A plain Fastify app with one route that reads the session cookie and does one primary-key query
 * (the session row by the hash of the cookie) through the app's own pool: the least a signed-in
 * request can cost in this setup.
 */
export async function startBareReference(handle: DatabaseHandle) {
  const app = Fastify({ logger: false });
  await app.register(fastifyCookie);
  const untilIdle = trackRequests(app);
  app.get('/bare', async (request, reply) => {
    const cookie = request.cookies.gp_session;
    if (!cookie) return reply.status(401).send({ status: 'unauthenticated' });
    const { rows } = await handle.query('SELECT person_id FROM sessions WHERE id = $1', [sha256(cookie)]);
    const row = rows[0] as { person_id: string } | undefined;
    if (!row) return reply.status(401).send({ status: 'unauthenticated' });
    return { personId: row.person_id };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no bare reference address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    untilIdle,
    close: () => app.close(),
  };
}

export const floorFigures = [
  'bare',
  'anonymousHealth',
  'signedInHealth',
  'me',
  'signedInHealthUncached',
  'meUncached',
] as const;
export type FloorFigure = (typeof floorFigures)[number];
/** One load result per round for each figure. */
export type FloorRuns = Record<FloorFigure, LoadResult[]>;

/**
 * Rounds of: bare reference, anonymous /health, signed-in /health, /me, and the last two again on an
 * app without the session cache. Interleaved, so a busy machine slows every figure of a round alike;
 * ratios are taken within a round, then the median over rounds.
 */
export async function measureFloor(options: {
  handle: DatabaseHandle;
  /** The app as configured, and the same app with the session cache off. */
  baseUrl: string;
  uncachedBaseUrl: string;
  cookie: string;
  connections: number;
  durationSeconds: number;
  rounds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
}): Promise<FloorRuns> {
  const bareApp = await startBareReference(options.handle);
  const targets: Record<FloorFigure, { url: string; path: string; isSignedIn: boolean }> = {
    bare: { url: bareApp.baseUrl, path: '/bare', isSignedIn: true },
    anonymousHealth: { url: options.baseUrl, path: '/api/v1/health', isSignedIn: false },
    signedInHealth: { url: options.baseUrl, path: '/api/v1/health', isSignedIn: true },
    me: { url: options.baseUrl, path: '/api/v1/me', isSignedIn: true },
    signedInHealthUncached: { url: options.uncachedBaseUrl, path: '/api/v1/health', isSignedIn: true },
    meUncached: { url: options.uncachedBaseUrl, path: '/api/v1/me', isSignedIn: true },
  };
  const runs = Object.fromEntries(floorFigures.map((figure) => [figure, []])) as unknown as FloorRuns;
  try {
    for (let round = 1; round <= options.rounds; round++) {
      for (const figure of floorFigures) {
        const target = targets[figure];
        await bareApp.untilIdle();
        const result = await options.load({
          url: target.url,
          paths: [target.path],
          cookie: target.isSignedIn ? options.cookie : undefined,
          connections: options.connections,
          durationSeconds: options.durationSeconds,
        });
        console.log(`floor round ${round}: ${figure}`, result);
        runs[figure].push(result);
      }
    }
    return runs;
  } finally {
    await bareApp.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median over rounds of a figure's rate divided by the reference's rate in the same round. */
export const medianRatio = (figure: LoadResult[], reference: LoadResult[]) =>
  median(figure.map((run, round) => run.requestsPerSecond / reference[round]!.requestsPerSecond));

/** The round whose rate is the median one (its latencies go in the table). */
export function medianRun(runs: LoadResult[]): LoadResult {
  const rate = median(runs.map((run) => run.requestsPerSecond));
  return runs.reduce((best, run) =>
    Math.abs(run.requestsPerSecond - rate) < Math.abs(best.requestsPerSecond - rate) ? run : best,
  );
}
