import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../src/server/db/schema.gen.ts';
import type { LoadOptions, LoadResult } from './load.ts';
import type { Row } from './report.ts';

// SCIM provisioning at scale (issue 20): what an identity provider's first sync and its daily changes
// cost. The initial sync: 10,000 users created over SCIM at 10 connections (each its own userName, as
// Entra ID and Okta send them; Groeipad has no SCIM /Bulk), timed from the first POST to the last
// answer. Then the first 2,000 of them PATCHed (Entra's `Replace` of title and active), and the look-up
// every IdP makes before a create (`userName eq "…"`) under load, in an organisation of 10,000 people
// plus the new ones.

const connections = 10;
const creates = Number(process.env.BENCH_SCIM_SYNC ?? 10_000);
const patches = Math.min(creates, Number(process.env.BENCH_SCIM_PATCHES ?? 2_000));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';
const enterprise = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

async function runAll(count: number, request: (index: number) => Promise<Response>) {
  const latencies: number[] = [];
  const answers: Response[] = new Array(count);
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        const index = next++;
        const t0 = performance.now();
        const response = await request(index);
        answers[index] = response;
        if (!response.ok) {
          failed += 1;
          if (failed <= 3)
            console.error('scim bench: refused', response.status, await response.clone().text());
        }
        latencies.push(performance.now() - t0);
        // A long run says how far it is (the initial sync takes minutes on a busy machine).
        if (count >= 2_000 && latencies.length % 1_000 === 0)
          console.log(
            `  ${latencies.length}/${count} after ${((performance.now() - started) / 1000).toFixed(0)} s`,
          );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    seconds,
    rate: count / seconds,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    failed,
    answers,
  };
}

export async function scimRows(options: {
  db: Kysely<DB>;
  label: string;
  baseUrl: string;
  organisationId: string;
  createdBy: string;
  loadSeconds: number;
  load: (options: LoadOptions) => Promise<LoadResult>;
  describeLoad: (label: string, figure: string, result: LoadResult, aimMs: number) => Row;
  signedInP95: number;
}): Promise<Row[]> {
  const { db, baseUrl, organisationId } = options;
  const token = `scim_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('scim_tokens')
    .values({
      organisation_id: organisationId,
      name: 'Bench',
      token_hash: createHash('sha256').update(token).digest('hex'),
      token_prefix: token.slice(0, 9),
      created_by: options.createdBy,
    })
    .execute();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' };
  const run = Date.now().toString(36);
  const userName = (i: number) => `scim.bench.${run}.${i}@bench.test`;

  const created = await runAll(creates, (i) =>
    fetch(`${baseUrl}/scim/v2/Users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        schemas: [userSchema, enterprise],
        externalId: `${run}-${i}`,
        userName: userName(i),
        active: true,
        name: { givenName: 'Bench', familyName: `Scim ${i}` },
        emails: [{ primary: true, type: 'work', value: userName(i) }],
        title: 'Verpleegkundige',
        [enterprise]: { employeeNumber: `SB-${run}-${i}` },
      }),
    }),
  );
  const ids = await Promise.all(
    created.answers.filter((answer) => answer.ok).map(async (answer) => (await answer.json()).id as string),
  );
  console.log('scim initial sync (creates)', { ...created, answers: undefined });

  // BENCH_SCIM_PATCHES=0 leaves the PATCH figure out (the table keeps the row of the run that measured it).
  const patched = await runAll(Math.min(patches, ids.length), (i) =>
    fetch(`${baseUrl}/scim/v2/Users/${ids[i]}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [
          { op: 'Replace', path: 'title', value: 'Senior verpleegkundige' },
          { op: 'Replace', path: 'active', value: 'True' },
        ],
      }),
    }),
  );
  console.log('scim patches', { ...patched, answers: undefined });

  const filterPaths = Array.from(
    { length: 97 },
    (_, i) => `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName((i * 37) % creates)}"`)}`,
  );
  const lookups = await options.load({
    url: baseUrl,
    paths: filterPaths,
    connections,
    durationSeconds: options.loadSeconds,
    headers: { authorization: `Bearer ${token}` },
  });
  console.log('scim filter lookups', lookups);

  const lookupRow = options.describeLoad(
    options.label,
    `SCIM GET /Users?filter=userName eq "…" (the IdP's look-up before a create), ${connections} connections`,
    lookups,
    100,
  );
  if (lookups.p95 !== null && options.signedInP95 > 0)
    lookupRow.result += `; p95 = ${(lookups.p95 / options.signedInP95).toFixed(1)}× the signed-in /health p95 (${options.signedInP95.toFixed(1)} ms)`;
  const oneOff = (what: string, result: typeof created, aim: string) => ({
    database: options.label,
    figure: `SCIM ${what}, ${result.answers.length.toLocaleString('en')} users, ${connections} connections`,
    result: `${Math.round(result.rate)}/s (p50 ${Math.round(result.p50)} ms, p95 ${Math.round(result.p95)} ms), ${result.failed} refused`,
    rate: result.rate,
    aim,
    met: result.failed === 0 ? 'yes' : '**no**',
  });
  const sync: Row = {
    database: options.label,
    figure: `SCIM initial sync: ${creates.toLocaleString('en')} users created by POST /Users (Entra ID shape), ${connections} connections, into the 10,000-person organisation`,
    result: `${created.seconds.toFixed(1)} s (${Math.round(created.rate)} users/s), ${created.failed} refused`,
    seconds: created.seconds,
    aim: 'none refused',
    met: created.failed === 0 ? 'yes' : '**no**',
  };
  return [
    sync,
    oneOff('POST /Users (Entra ID shape, enterprise extension)', created, 'none refused'),
    ...(patches > 0
      ? [oneOff('PATCH /Users/:id (Replace title and active "True")', patched, 'none refused')]
      : []),
    lookupRow,
  ];
}
