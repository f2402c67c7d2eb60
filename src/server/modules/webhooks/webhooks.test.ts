import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModuleDeps } from '../../modules.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { deliverDue } from './index.ts';

// The test's own receiver on loopback: allowed for these tests only (outboundAllowedHosts).
const { app, db, config } = await startTestApp({ outboundAllowedHosts: ['127.0.0.1'] });
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });

type Received = { path: string; headers: IncomingHttpHeaders; body: string };
const received: Received[] = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ path: request.url ?? '', headers: request.headers, body });
    response.statusCode = request.url?.startsWith('/broken') ? 500 : 204;
    response.end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let n = 0;
const newPerson = () => {
  n += 1;
  return org.as.hrAdmin.post('/api/v1/people', {
    givenName: 'Nieuw',
    familyName: `Mens ${n}`,
    email: `mens${n}@hook.test`,
  });
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('webhooks', () => {
  it('delivers a signed message the receiver can verify, and logs it; redelivery sends it again', async () => {
    const made = await org.as.owner.post('/api/v1/webhooks', {
      url: `http://127.0.0.1:${port}/ok`,
      description: 'HR-systeem',
      events: ['person.created'],
    });
    expect(made.statusCode).toBe(201);
    const { id, secret } = made.json<{ id: string; secret: string }>();
    expect(secret).toMatch(/^whsec_/);

    const person = (await newPerson()).json<{ id: string }>();
    received.length = 0;
    expect(await deliverDue(deps, new Date(Date.now() + 1000))).toMatchObject({ delivered: 1 });
    expect(received).toHaveLength(1);
    const message = received[0]!;
    const verified = new Webhook(secret).verify(message.body, message.headers as Record<string, string>);
    expect(verified).toMatchObject({
      type: 'person.created',
      data: { personId: person.id, email: 'mens1@hook.test' },
    });
    // Someone else's secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.from('x'.repeat(24)).toString('base64')}`).verify(
        message.body,
        message.headers as Record<string, string>,
      ),
    ).toThrow();

    const log = (await org.as.owner.get(`/api/v1/webhooks/${id}/deliveries`)).json<
      { id: string; status: string }[]
    >();
    expect(log[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204 });
    const again = await org.as.owner.post(`/api/v1/webhooks/${id}/deliveries/${log[0]!.id}/redeliver`, {});
    expect(again.json()).toMatchObject({ status: 'pending' });
    await deliverDue(deps, new Date(Date.now() + 2000));
    expect(received).toHaveLength(2);
    expect(received[1]!.headers['webhook-id']).toBe(log[0]!.id);
    await org.as.owner.delete(`/api/v1/webhooks/${id}`);
  });

  it('retries a failing receiver with exponential backoff, then switches the subscription off and tells its maker', async () => {
    const { id } = (
      await org.as.owner.post('/api/v1/webhooks', {
        url: `http://127.0.0.1:${port}/broken`,
        events: ['person.created'],
      })
    ).json<{ id: string }>();
    for (let i = 0; i < 3; i++) await newPerson();
    received.length = 0;
    let now = Date.now() + 1000;
    await deliverDue(deps, new Date(now));
    expect(received).toHaveLength(3);
    const first = (await org.as.owner.get(`/api/v1/webhooks/${id}/deliveries`)).json<
      { nextAttemptAt: string; attempts: number; lastStatusCode: number }[]
    >();
    expect(first[0]).toMatchObject({ attempts: 1, lastStatusCode: 500 });
    expect(new Date(first[0]!.nextAttemptAt).getTime() - now).toBe(30_000);
    // Not before its time.
    await deliverDue(deps, new Date(now + 10_000));
    expect(received).toHaveLength(3);
    // Each wait doubles: 30 s, 60 s, 120 s …
    const waits: number[] = [];
    for (let attempt = 1; attempt < 8; attempt++) {
      const log = (await org.as.owner.get(`/api/v1/webhooks/${id}/deliveries`)).json<
        { nextAttemptAt: string }[]
      >();
      const next = new Date(log[0]!.nextAttemptAt).getTime();
      waits.push(next - now);
      now = next;
      await deliverDue(deps, new Date(now));
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000]);
    expect(received).toHaveLength(24);
    const subscription = (await org.as.owner.get(`/api/v1/webhooks/${id}`)).json();
    expect(subscription).toMatchObject({ isEnabled: false, counts: { failed: 3, pending: 0 } });
    const notice = await db
      .selectFrom('outbox_messages')
      .select('kind')
      .where('organisation_id', '=', org.organisation.id)
      .where('kind', '=', 'webhook_disabled')
      .execute();
    expect(notice).toHaveLength(1);
    // Switched off: new events queue nothing for it.
    await newPerson();
    expect((await org.as.owner.get(`/api/v1/webhooks/${id}`)).json()).toMatchObject({
      counts: { pending: 0 },
    });
  });

  it('refuses private and loopback targets, naming the field', async () => {
    for (const url of [
      'http://10.0.0.1/hook',
      'http://192.168.1.5/hook',
      `http://localhost:${port}/ok`,
      'http://[::1]/x',
    ]) {
      const refused = await org.as.owner.post('/api/v1/webhooks', { url, events: ['person.created'] });
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ errors: [{ field: 'url' }] });
    }
    const noEvents = await org.as.owner.post('/api/v1/webhooks', {
      url: 'https://example.org/x',
      events: [],
    });
    expect(noEvents.json()).toMatchObject({ errors: [{ field: 'events' }] });
  });

  it('only the owner manages webhooks, and never another organisation’s', async () => {
    const { id } = (
      await org.as.owner.post('/api/v1/webhooks', {
        url: `http://127.0.0.1:${port}/ok`,
        events: ['person.left'],
      })
    ).json<{ id: string }>();
    expect((await org.as.hrAdmin.get('/api/v1/webhooks')).statusCode).toBe(403);
    expect((await other.as.owner.get(`/api/v1/webhooks/${id}`)).statusCode).toBe(404);
    expect((await other.as.owner.delete(`/api/v1/webhooks/${id}`)).statusCode).toBe(404);
    expect((await other.as.owner.get('/api/v1/webhooks')).json()).toEqual([]);
    const catalogue = (await org.as.owner.get('/api/v1/webhooks/catalogue')).json<{ events: string[] }>();
    expect(catalogue.events).toContain('enrolment.completed');
  });
});
