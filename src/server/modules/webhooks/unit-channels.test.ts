import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsealText } from '../../core/secrets.ts';
import { buildOrgUnit } from '../../factories/factories.ts';
import { createModuleDeps } from '../../modules.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { postDueToChannels } from './unit-channels.ts';

// Teams/Slack channels per unit, posting to the test's own receiver on loopback (allowed for these
// tests only, outboundAllowedHosts), the way Teams and Slack incoming webhooks take a message.
const { app, db, config } = await startTestApp({ outboundAllowedHosts: ['127.0.0.1'] });
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });

const received: { path: string; body: string }[] = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    received.push({ path: request.url ?? '', body });
    response.statusCode = request.url?.startsWith('/broken') ? 500 : 200;
    response.end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const later = () => new Date(Date.now() + 1000);

const announce = (title: string, audience: { audienceKind: string; audienceUnitIds?: string[] }) =>
  org.as.owner.post('/api/v1/announcements', {
    translations: [
      { locale: 'nl', title, bodyHtml: '<p>Tekst.</p>' },
      { locale: 'en', title: `${title} (en)`, bodyHtml: '<p>Text.</p>' },
    ],
    publishAt: new Date(Date.now() - 1000).toISOString(),
    ...audience,
  });

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('Teams and Slack channels per unit', () => {
  it('posts an announcement to the channels of the units it reaches (and units below), once', async () => {
    const zorg = await buildOrgUnit(db, org.organisation.id, { name: 'Zorg' });
    const wijk = await buildOrgUnit(db, org.organisation.id, { name: 'Wijk Oost', parentId: zorg.id });
    const made = await org.as.owner.post('/api/v1/unit-channels', {
      orgUnitId: wijk.id,
      kind: 'slack',
      url: `http://127.0.0.1:${port}/slack/T000/B000/secretkey`,
      topics: ['announcements'],
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ orgUnitId: wijk.id, orgUnitName: 'Wijk Oost', kind: 'slack' });
    expect(made.json().host).toBe(`127.0.0.1:${port}`);
    expect(JSON.stringify(made.json())).not.toContain('secretkey');
    const teams = await org.as.owner.post('/api/v1/unit-channels', {
      orgUnitId: org.unit.id,
      kind: 'teams',
      url: `http://127.0.0.1:${port}/teams/noord`,
      topics: ['announcements'],
    });
    expect(teams.statusCode).toBe(201);

    // The address is stored sealed, never as given.
    const row = await db
      .selectFrom('unit_channels')
      .select('url_sealed')
      .where('id', '=', made.json().id)
      .executeTakeFirstOrThrow();
    expect(row.url_sealed).not.toContain('secretkey');
    expect(unsealText(config.sessionSecret, 'unit-channel', row.url_sealed)).toContain('secretkey');

    expect(
      (await announce('Nieuwe roosters Zorg', { audienceKind: 'units', audienceUnitIds: [zorg.id] }))
        .statusCode,
    ).toBe(201);
    received.length = 0;
    expect(await postDueToChannels(deps, later())).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]!.path).toBe('/slack/T000/B000/secretkey');
    const text = JSON.parse(received[0]!.body).text as string;
    expect(text).toContain('*Nieuwe roosters Zorg*');
    expect(text).toContain('http://groeipad.test/announcements/');
    // Run again (a second instance, or the next minute): nothing is sent twice.
    expect(await postDueToChannels(deps, later())).toEqual({ sent: 0, retried: 0, failed: 0 });

    // For everyone: both channels, Teams with its own bold.
    await announce('Voor iedereen', { audienceKind: 'everyone' });
    received.length = 0;
    expect((await postDueToChannels(deps, later())).sent).toBe(2);
    expect(received.map((r) => r.path).sort()).toEqual(['/slack/T000/B000/secretkey', '/teams/noord']);
    expect(received.find((r) => r.path === '/teams/noord')!.body).toContain('**Voor iedereen**');

    const list = (await org.as.owner.get('/api/v1/unit-channels')).json<{ lastStatus: string }[]>();
    expect(list).toHaveLength(2);
    expect(list.every((channel) => channel.lastStatus === 'sent')).toBe(true);
  });

  it('retries a failing channel with backoff and keeps the error visible; the test message says how it went', async () => {
    const broken = await org.as.owner.post('/api/v1/unit-channels', {
      orgUnitId: org.unit.id,
      kind: 'teams',
      url: `http://127.0.0.1:${port}/broken`,
      topics: ['announcements'],
    });
    const { id } = broken.json<{ id: string }>();
    const test = await org.as.owner.post(`/api/v1/unit-channels/${id}/test`);
    expect(test.json()).toEqual({ ok: false, error: 'The channel answered HTTP 500.' });
    await announce('Kapot kanaal', { audienceKind: 'units', audienceUnitIds: [org.unit.id] });
    const first = await postDueToChannels(deps, later());
    expect(first).toMatchObject({ sent: 1, retried: 1 });
    // Not due again for a minute.
    expect(await postDueToChannels(deps, later())).toMatchObject({ retried: 0, sent: 0 });
    expect(await postDueToChannels(deps, new Date(Date.now() + 6 * 60_000))).toMatchObject({ retried: 1 });
    const list = (await org.as.owner.get('/api/v1/unit-channels')).json<
      { id: string; lastStatus: string; lastError: string }[]
    >();
    expect(list.find((c) => c.id === id)).toMatchObject({
      lastStatus: 'queued',
      lastError: 'The channel answered HTTP 500.',
    });
    expect((await org.as.owner.delete(`/api/v1/unit-channels/${id}`)).statusCode).toBe(204);
  });

  it('refuses private addresses, unknown units, non-owners and other organisations', async () => {
    const privateTarget = await other.as.owner.post('/api/v1/unit-channels', {
      orgUnitId: other.unit.id,
      kind: 'slack',
      url: 'http://10.0.0.5/hook',
      topics: ['announcements'],
    });
    expect(privateTarget.statusCode).toBe(400);
    expect(JSON.stringify(privateTarget.json())).toContain('privateAddress');
    const otherUnit = await other.as.owner.post('/api/v1/unit-channels', {
      orgUnitId: org.unit.id,
      kind: 'slack',
      url: `http://127.0.0.1:${port}/x`,
      topics: ['announcements'],
    });
    expect(otherUnit.statusCode).toBe(400);
    expect(JSON.stringify(otherUnit.json())).toContain('orgUnitId');
    const noTopics = await org.as.owner.post('/api/v1/unit-channels', {
      orgUnitId: org.unit.id,
      kind: 'slack',
      url: `http://127.0.0.1:${port}/x`,
      topics: [],
    });
    expect(noTopics.statusCode).toBe(400);
    expect((await org.as.hrAdmin.get('/api/v1/unit-channels')).statusCode).toBe(403);
    const mine = (await org.as.owner.get('/api/v1/unit-channels')).json<{ id: string }[]>()[0]!;
    expect((await other.as.owner.delete(`/api/v1/unit-channels/${mine.id}`)).statusCode).toBe(404);
    expect((await other.as.owner.post(`/api/v1/unit-channels/${mine.id}/test`)).statusCode).toBe(404);
    expect((await other.as.owner.get('/api/v1/unit-channels')).json()).toEqual([]);
  });
});
