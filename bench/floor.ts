// The signed-in floor: what every signed-in request pays before its own work, measured against a bare
// reference in the same process and on the same database, so the ratio survives a busy machine.
import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import type { DatabaseHandle } from '../src/server/db/database.ts';
import { sha256 } from '../src/server/modules/auth/auth.crypto.ts';
import type { LoadOptions, LoadResult } from './load.ts';

/**
 * A plain Fastify app with one route that reads the session cookie and does one primary-key query
 * (the session row by the hash of the cookie) through the app's own pool: the least a signed-in
 * request can cost in this setup.
 */
export async function startBareReference(handle: DatabaseHandle) {
  const app = Fastify({ logger: false });
  await app.register(fastifyCookie);
  // As for the app: the next run starts when the requests of the last one are answered.
  let inFlight = 0;
  app.addHook('onRequest', async () => {
    inFlight++;
  });
  app.addHook('onSend', async () => {
    inFlight--;
  });
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
    async untilIdle() {
      const deadline = Date.now() + 60_000;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    },
    close: () => app.close(),
  };
}

export type FloorRuns = {
  /** The bare reference, measured before and after the app's figures; ratios use their mean. */
  bare: LoadResult[];
  anonymousHealth: LoadResult;
  signedInHealth: LoadResult;
  me: LoadResult;
};

/** Bare, anonymous /health, signed-in /health, /me, bare again: interleaved so drift shows up. */
export async function measureFloor(options: {
  handle: DatabaseHandle;
  baseUrl: string;
  cookie: string;
  connections: number;
  durationSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
}): Promise<FloorRuns> {
  const bareApp = await startBareReference(options.handle);
  const run = async (baseUrl: string, path: string, cookie?: string) => {
    await bareApp.untilIdle();
    return options.load({
      url: baseUrl,
      paths: [path],
      cookie,
      connections: options.connections,
      durationSeconds: options.durationSeconds,
    });
  };
  try {
    const bareBefore = await run(bareApp.baseUrl, '/bare', options.cookie);
    console.log('bare reference', bareBefore);
    const anonymousHealth = await run(options.baseUrl, '/api/v1/health');
    console.log('health, anonymous', anonymousHealth);
    const signedInHealth = await run(options.baseUrl, '/api/v1/health', options.cookie);
    console.log('health, signed in', signedInHealth);
    const me = await run(options.baseUrl, '/api/v1/me', options.cookie);
    console.log('me', me);
    const bareAfter = await run(bareApp.baseUrl, '/bare', options.cookie);
    console.log('bare reference again', bareAfter);
    return { bare: [bareBefore, bareAfter], anonymousHealth, signedInHealth, me };
  } finally {
    await bareApp.close();
  }
}

export const meanRate = (runs: LoadResult[]) =>
  runs.reduce((sum, run) => sum + run.requestsPerSecond, 0) / runs.length;
