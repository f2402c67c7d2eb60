import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { uploadFile } from './modules/catalogue/catalogue.fixtures.ts';
import { sampleWav } from './modules/files/media.samples.ts';
import { deliverDue } from './modules/webhooks/index.ts';
import { postDueToChannels } from './modules/webhooks/unit-channels.ts';
import { createModuleDeps } from './modules.ts';
import { buildOrganisationWithRoles, Client, startTestApp } from './test/test-app.ts';

// Scale-out, proven (issue 20): two app instances on one database and one bucket of a real
// S3-compatible server (s3rver, which stores objects on disk and speaks S3's REST API as the AWS SDK
// sends it). A session made on one works on the other, a file uploaded through one is served by the
// other, and the minute jobs that send things out (webhook deliveries, Teams/Slack posts), run on both
// instances at the same moment, send each message once.

const bucketDir = mkdtempSync(join(tmpdir(), 'groeipad-s3rver-'));
const s3 = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: bucketDir,
  configureBuckets: [{ name: 'media' }],
});
const s3Address = (await s3.run()) as AddressInfo;
afterAll(async () => {
  await s3.close();
  rmSync(bucketDir, { recursive: true, force: true });
});

// A receiver for the outgoing messages (loopback allowed for these tests only).
const received: { path: string; id: string | undefined }[] = [];
const receiver = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    received.push({ path: request.url ?? '', id: request.headers['webhook-id'] as string | undefined });
    response.writeHead(200).end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const s3Config = {
  bucket: 'media',
  region: 'us-east-1',
  endpoint: `http://127.0.0.1:${s3Address.port}`,
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  forcePathStyle: true,
};
// Instance A: the usual test app. Instance B: a second app on the same database and the same bucket,
// with its own data directory (nothing shared on local disk) and its own session cache.
const one = await startTestApp({ s3: s3Config, outboundAllowedHosts: ['127.0.0.1'] });
const two = await buildApp(
  {
    db: one.db,
    config: { ...one.config, dataDir: mkdtempSync(join(tmpdir(), 'groeipad-data-b-')) },
  },
  { database: one.handle },
);
await two.ready();
await two.sessions.listener?.until('listening');
afterAll(() => two.close());
const depsOne = createModuleDeps({ db: one.db, config: one.config, log: pino({ level: 'silent' }) });
const depsTwo = createModuleDeps({ db: one.db, config: one.config, log: pino({ level: 'silent' }) });

let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
beforeAll(async () => {
  org = await buildOrganisationWithRoles(one.app, one.db);
});
const onTwo = (client: Client) => new Client(two, client.cookie, client.csrfToken);

describe('two app instances, one database, one S3 bucket', () => {
  it('a session made on one instance works on the other, and signing out on one ends it on both', async () => {
    const employeeOnTwo = onTwo(org.as.employee);
    expect((await employeeOnTwo.get('/api/v1/me')).json()).toMatchObject({
      person: { id: org.people.employee.id },
    });
    const hr = onTwo(org.as.hrAdmin);
    expect((await hr.get('/api/v1/me')).statusCode).toBe(200);
    expect((await org.as.hrAdmin.post('/api/v1/auth/sign-out')).statusCode).toBeLessThan(300);
    // On a server the sign-out reaches the other instance as a notification at commit, milliseconds later:
    // let it finish reading what was committed so far (as auth.sessions.test.ts does).
    await two.sessions.catchUp();
    expect((await hr.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('a file uploaded through one instance lies in the bucket and is served by the other', async () => {
    const wav = sampleWav(1);
    const upload = await uploadFile(org.as.ldAdmin, 'audio', 'podcast.wav', wav);
    expect(upload.statusCode, upload.body).toBe(201);
    const { id } = upload.json<{ id: string }>();
    // In s3rver's bucket, byte for byte.
    const stored = await fetch(`${s3Config.endpoint}/media/${org.organisation.id}/${id}`);
    expect(stored.status).toBe(200);
    expect(Buffer.from(await stored.arrayBuffer()).equals(wav)).toBe(true);

    const employeeOnTwo = onTwo(org.as.employee);
    const whole = await employeeOnTwo.get(`/api/v1/files/${id}`);
    expect(whole.statusCode).toBe(200);
    expect(whole.rawPayload.equals(wav)).toBe(true);
    const range = await employeeOnTwo.request('GET', `/api/v1/files/${id}`, undefined, {
      range: 'bytes=8-11',
    });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.toString()).toBe('WAVE');
  });

  it('the jobs that send messages, run on both instances at once, send each message once', async () => {
    // A webhook subscription (made on one instance) and a Teams channel for the unit (on the other).
    const hook = await org.as.owner.post('/api/v1/webhooks', {
      url: `http://127.0.0.1:${port}/hook`,
      description: 'Twee instanties',
      events: ['person.created'],
    });
    expect(hook.statusCode).toBe(201);
    const channel = await onTwo(org.as.owner).post('/api/v1/unit-channels', {
      orgUnitId: org.unit.id,
      kind: 'teams',
      url: `http://127.0.0.1:${port}/teams`,
      topics: ['announcements'],
    });
    expect(channel.statusCode).toBe(201);
    for (let i = 0; i < 5; i += 1)
      expect(
        (
          await onTwo(org.as.owner).post('/api/v1/people', {
            givenName: 'Twee',
            familyName: `Instanties ${i}`,
            email: `twee.${i}@scale.test`,
          })
        ).statusCode,
      ).toBe(201);
    const announced = await org.as.owner.post('/api/v1/announcements', {
      translations: [{ locale: 'nl', title: 'Voor beide instanties', bodyHtml: '<p>Eén keer.</p>' }],
      publishAt: new Date(Date.now() - 1000).toISOString(),
      audienceKind: 'everyone',
    });
    expect(announced.statusCode).toBe(201);

    received.length = 0;
    const at = new Date(Date.now() + 1000);
    await Promise.all([
      deliverDue(depsOne, at),
      deliverDue(depsTwo, at),
      postDueToChannels(depsOne, at),
      postDueToChannels(depsTwo, at),
    ]);
    const hooks = received.filter((message) => message.path === '/hook');
    expect(hooks).toHaveLength(5);
    expect(new Set(hooks.map((message) => message.id)).size).toBe(5);
    expect(received.filter((message) => message.path === '/teams')).toHaveLength(1);
    // And again, both: nothing left to send.
    await Promise.all([deliverDue(depsOne, at), deliverDue(depsTwo, at), postDueToChannels(depsTwo, at)]);
    expect(received).toHaveLength(6);
  });
});
