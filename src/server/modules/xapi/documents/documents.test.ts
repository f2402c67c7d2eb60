import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { createLrsCredential, LrsClient } from '../xapi.test-helpers.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let lrs: LrsClient;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  lrs = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['all']));
});

const agent = JSON.stringify({ objectType: 'Agent', mbox: 'mailto:lotte@extern.example' });
const newActivity = () => `https://content.example/documents/${crypto.randomUUID()}`;

describe('state documents', () => {
  it('are stored, merged as JSON on POST, listed, and deleted one or all', async () => {
    const activityId = newActivity();
    const scope = { activityId, agent };
    expect(
      (
        await lrs.request('PUT', '/activities/state', {
          query: { ...scope, stateId: 'a' },
          json: { page: 1, x: 1 },
        })
      ).statusCode,
    ).toBe(204);
    await lrs.request('POST', '/activities/state', {
      query: { ...scope, stateId: 'a' },
      json: { page: 2, y: 2 },
    });
    const read = await lrs.request('GET', '/activities/state', { query: { ...scope, stateId: 'a' } });
    expect(read.json()).toEqual({ page: 2, x: 1, y: 2 });
    expect(read.headers.etag).toBe(`"${createHash('sha1').update(read.rawPayload).digest('hex')}"`);
    await lrs.request('PUT', '/activities/state', {
      query: { ...scope, stateId: 'b' },
      body: 'plain text',
      headers: { 'content-type': 'text/plain' },
    });
    const text = await lrs.request('GET', '/activities/state', { query: { ...scope, stateId: 'b' } });
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.body).toBe('plain text');
    expect((await lrs.request('GET', '/activities/state', { query: scope })).json()).toEqual(['a', 'b']);
    const merge = await lrs.request('POST', '/activities/state', {
      query: { ...scope, stateId: 'b' },
      json: { z: 1 },
    });
    expect(merge.statusCode).toBe(400);
    await lrs.request('DELETE', '/activities/state', { query: { ...scope, stateId: 'a' } });
    expect((await lrs.request('GET', '/activities/state', { query: scope })).json()).toEqual(['b']);
    await lrs.request('DELETE', '/activities/state', { query: scope });
    expect((await lrs.request('GET', '/activities/state', { query: scope })).json()).toEqual([]);
  });

  it('keep registrations apart', async () => {
    const activityId = newActivity();
    const registration = crypto.randomUUID();
    await lrs.request('PUT', '/activities/state', {
      query: { activityId, agent, registration, stateId: 'bookmark' },
      json: { page: 7 },
    });
    const without = await lrs.request('GET', '/activities/state', {
      query: { activityId, agent, stateId: 'bookmark' },
    });
    expect(without.statusCode).toBe(404);
    const withRegistration = await lrs.request('GET', '/activities/state', {
      query: { activityId, agent, registration, stateId: 'bookmark' },
    });
    expect(withRegistration.json()).toEqual({ page: 7 });
  });

  it('refuse a missing agent, a bad registration and unknown parameters', async () => {
    const activityId = newActivity();
    expect(
      (await lrs.request('GET', '/activities/state', { query: { activityId, stateId: 'a' } })).statusCode,
    ).toBe(400);
    expect(
      (await lrs.request('GET', '/activities/state', { query: { activityId, agent, registration: 'nope' } }))
        .statusCode,
    ).toBe(400);
    expect(
      (await lrs.request('GET', '/activities/state', { query: { activityId, agent, StateId: 'a' } }))
        .statusCode,
    ).toBe(400);
  });
});

describe('profile documents and concurrency', () => {
  it('need If-Match or If-None-Match to PUT, and answer 412 when it fails and 409 when it is missing', async () => {
    const query = { activityId: newActivity(), profileId: 'settings' };
    expect((await lrs.request('PUT', '/activities/profile', { query, json: { a: 1 } })).statusCode).toBe(400);
    const created = await lrs.request('PUT', '/activities/profile', {
      query,
      json: { a: 1 },
      headers: { 'if-none-match': '*' },
    });
    expect(created.statusCode).toBe(204);
    const again = await lrs.request('PUT', '/activities/profile', {
      query,
      json: { a: 2 },
      headers: { 'if-none-match': '*' },
    });
    expect(again.statusCode).toBe(412);
    expect((await lrs.request('PUT', '/activities/profile', { query, json: { a: 3 } })).statusCode).toBe(409);
    const current = await lrs.request('GET', '/activities/profile', { query });
    expect(current.json()).toEqual({ a: 1 });
    const stale = await lrs.request('PUT', '/activities/profile', {
      query,
      json: { a: 4 },
      headers: { 'if-match': '"0000000000000000000000000000000000000000"' },
    });
    expect(stale.statusCode).toBe(412);
    const fresh = await lrs.request('PUT', '/activities/profile', {
      query,
      json: { a: 5 },
      headers: { 'if-match': String(current.headers.etag) },
    });
    expect(fresh.statusCode).toBe(204);
    expect((await lrs.request('GET', '/activities/profile', { query })).json()).toEqual({ a: 5 });
  });

  it('keep agent profiles per agent, and list them since a time', async () => {
    const other = JSON.stringify({ mbox: `mailto:${crypto.randomUUID()}@extern.example` });
    const since = new Date(Date.now() - 1000).toISOString();
    await lrs.request('PUT', '/agents/profile', {
      query: { agent: other, profileId: 'prefs' },
      json: { language: 'nl' },
      headers: { 'if-none-match': '*' },
    });
    expect((await lrs.request('GET', '/agents/profile', { query: { agent: other } })).json()).toEqual([
      'prefs',
    ]);
    expect((await lrs.request('GET', '/agents/profile', { query: { agent: other, since } })).json()).toEqual([
      'prefs',
    ]);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect(
      (await lrs.request('GET', '/agents/profile', { query: { agent: other, since: later } })).json(),
    ).toEqual([]);
    expect(
      (await lrs.request('GET', '/agents/profile', { query: { agent, profileId: 'prefs' } })).statusCode,
    ).toBe(404);
  });
});

describe('activities, agents and about', () => {
  it('gives the activity with every language any statement told, and a Person for an agent', async () => {
    const activityId = newActivity();
    const about = (language: string, name: string) => ({
      actor: { mbox: 'mailto:lotte@extern.example', name: 'Lotte' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
      object: { id: activityId, definition: { name: { [language]: name } } },
    });
    await lrs.postStatements([about('nl-NL', 'Tillen'), about('en-GB', 'Lifting')]);
    const activity = await lrs.request('GET', '/activities', { query: { activityId } });
    expect(activity.json()).toEqual({
      objectType: 'Activity',
      id: activityId,
      definition: { name: { 'nl-NL': 'Tillen', 'en-GB': 'Lifting' } },
    });
    expect((await lrs.request('GET', '/activities', {})).statusCode).toBe(400);
    const person = await lrs.request('GET', '/agents', { query: { agent } });
    expect(person.json()).toMatchObject({ objectType: 'Person', mbox: ['mailto:lotte@extern.example'] });
    expect((await lrs.request('GET', '/agents', { query: { agent: '{"name":"x"}' } })).statusCode).toBe(400);
  });

  it('answers HEAD like GET without a body, and CORS preflights without credentials', async () => {
    const head = await lrs.request('HEAD', '/about');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/xapi/statements',
      headers: { origin: 'https://content.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('X-Experience-API-Version');
  });
});
