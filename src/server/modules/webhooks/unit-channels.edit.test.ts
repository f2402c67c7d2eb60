import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsealText } from '../../core/secrets.ts';
import { createModuleDeps } from '../../modules.ts';
import { anonymous, buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { postDueToChannels } from './unit-channels.ts';

// A connected Teams/Slack channel is renamed and its topics changed without pasting its incoming-webhook
// address again: the sealed address stays as it was and is never sent back.
const { app, db, config } = await startTestApp({ outboundAllowedHosts: ['127.0.0.1'] });
const deps = createModuleDeps({ db, config, log: pino({ level: 'silent' }) });

const received: string[] = [];
const receiver = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    received.push(request.url ?? '');
    response.end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const port = (receiver.address() as AddressInfo).port;
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

type Channel = { id: string; name: string | null; topics: string[]; host: string; orgUnitName: string };
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let channel: Channel;
const secretPath = '/services/T000/B000/keepthiskey';

const announce = (title: string) =>
  org.as.owner.post('/api/v1/announcements', {
    translations: [{ locale: 'nl', title, bodyHtml: '<p>Tekst.</p>' }],
    publishAt: new Date(Date.now() - 1000).toISOString(),
    audienceKind: 'everyone',
  });
const deliver = async () => {
  received.length = 0;
  await postDueToChannels(deps, new Date(Date.now() + 1000));
  return [...received];
};
const sealedAddress = async () =>
  (
    await db
      .selectFrom('unit_channels')
      .select('url_sealed')
      .where('id', '=', channel.id)
      .executeTakeFirstOrThrow()
  ).url_sealed;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const made = await org.as.owner.post('/api/v1/unit-channels', {
    orgUnitId: org.unit.id,
    kind: 'slack',
    url: `http://127.0.0.1:${port}${secretPath}`,
    topics: ['campaigns'],
  });
  expect(made.statusCode).toBe(201);
  channel = made.json<Channel>();
  expect(channel.name).toBeNull();
});

describe('changing a connected channel', () => {
  it('renames it and changes its topics; the address stays sealed, is not asked again and not sent back', async () => {
    const before = await sealedAddress();
    // Only campaigns: an announcement for everyone does not reach it.
    await announce('Nog niet voor dit kanaal');
    expect(await deliver()).toEqual([]);

    const changed = await org.as.owner.patch(`/api/v1/unit-channels/${channel.id}`, {
      name: '  #zorg-nieuws ',
      // Each topic once, in the same order however they were ticked.
      topics: ['campaigns', 'announcements', 'campaigns'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      id: channel.id,
      name: '#zorg-nieuws',
      topics: ['announcements', 'campaigns'],
      host: `127.0.0.1:${port}`,
      orgUnitName: channel.orgUnitName,
    });
    expect(changed.body).not.toContain('keepthiskey');
    const listed = (await org.as.owner.get('/api/v1/unit-channels')).json<Channel[]>();
    expect(listed.find((c) => c.id === channel.id)).toMatchObject({ name: '#zorg-nieuws' });
    expect(JSON.stringify(listed)).not.toContain('keepthiskey');
    // The sealed address is the one given at connect time, untouched.
    expect(await sealedAddress()).toBe(before);
    expect(unsealText(config.sessionSecret, 'unit-channel', before)).toContain('keepthiskey');

    // Announcements now reach it, at the address it was connected with.
    await announce('Nu wel voor dit kanaal');
    expect(await deliver()).toEqual([secretPath]);

    // Topics alone; the name stays. An empty name clears it.
    const topicsOnly = await org.as.owner.patch(`/api/v1/unit-channels/${channel.id}`, {
      topics: ['challenges'],
    });
    expect(topicsOnly.json()).toMatchObject({ name: '#zorg-nieuws', topics: ['challenges'] });
    await announce('Weer niet voor dit kanaal');
    expect(await deliver()).toEqual([]);
    const cleared = await org.as.owner.patch(`/api/v1/unit-channels/${channel.id}`, { name: '' });
    expect(cleared.json()).toMatchObject({ name: null, topics: ['challenges'] });

    // The audit trail says what changed.
    const audit = await db
      .selectFrom('events')
      .select('changes')
      .where('action', '=', 'unit_channel.updated')
      .where('subject_id', '=', channel.id)
      .orderBy('id')
      .execute();
    expect(audit.map((event) => event.changes)).toEqual([
      {
        name: { from: null, to: '#zorg-nieuws' },
        topics: { from: ['campaigns'], to: ['announcements', 'campaigns'] },
      },
      { topics: { from: ['announcements', 'campaigns'], to: ['challenges'] } },
      { name: { from: '#zorg-nieuws', to: null } },
    ]);
  });

  it('refuses what it cannot take, naming the field, and changes nothing', async () => {
    const url = `/api/v1/unit-channels/${channel.id}`;
    const noTopics = await org.as.owner.patch(url, { topics: [] });
    expect(noTopics.statusCode).toBe(400);
    expect(noTopics.json()).toMatchObject({ errors: [{ field: 'topics' }] });
    const unknownTopic = await org.as.owner.patch(url, { topics: ['gossip'] });
    expect(unknownTopic.statusCode).toBe(400);
    expect(JSON.stringify(unknownTopic.json<{ errors: unknown }>().errors)).toContain('topics');
    const longName = await org.as.owner.patch(url, { name: 'x'.repeat(101) });
    expect(longName.statusCode).toBe(400);
    expect(longName.json()).toMatchObject({ errors: [{ field: 'name' }] });
    const after = (await org.as.owner.get('/api/v1/unit-channels')).json<Channel[]>();
    expect(after.find((c) => c.id === channel.id)).toMatchObject({ name: null, topics: ['challenges'] });
  });

  it('is for the owner of the same organisation only', async () => {
    const url = `/api/v1/unit-channels/${channel.id}`;
    const body = { name: 'Overgenomen', topics: ['announcements'] };
    expect((await anonymous(app).patch(url, body)).statusCode).toBe(401);
    expect((await org.as.hrAdmin.patch(url, body)).statusCode).toBe(403);
    expect((await org.as.employee.patch(url, body)).statusCode).toBe(403);
    expect((await other.as.owner.patch(url, body)).statusCode).toBe(404);
    expect(
      (await org.as.owner.patch('/api/v1/unit-channels/00000000-0000-4000-8000-000000000000', body))
        .statusCode,
    ).toBe(404);
    const after = (await org.as.owner.get('/api/v1/unit-channels')).json<Channel[]>();
    expect(after.find((c) => c.id === channel.id)).toMatchObject({ name: null, topics: ['challenges'] });
  });
});
