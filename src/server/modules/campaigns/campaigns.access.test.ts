import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';
import { campaignBody } from './campaigns.fixtures.ts';

// Every campaigns endpoint with real ids: another organisation finds nothing, an employee may not run
// campaigns, and bad input names its field and changes nothing.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let campaignId: string;
let messageId: string;
let themeId: string;

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: () => string; body?: () => unknown };
const theme = () => ({
  nameNl: 'Feedback',
  nameEn: 'Feedback',
  startsOn: '2026-02-01',
  endsOn: '2026-02-28',
});

const byId: Record<string, Call> = {
  'GET /campaigns/:id': { method: 'GET', url: () => `/api/v1/campaigns/${campaignId}` },
  'PUT /campaigns/:id': {
    method: 'PUT',
    url: () => `/api/v1/campaigns/${campaignId}`,
    body: () => campaignBody({ title: 'Anders' }),
  },
  'DELETE /campaigns/:id': { method: 'DELETE', url: () => `/api/v1/campaigns/${campaignId}` },
  'POST /campaigns/:id/launch': { method: 'POST', url: () => `/api/v1/campaigns/${campaignId}/launch` },
  'POST /campaigns/:id/stop': { method: 'POST', url: () => `/api/v1/campaigns/${campaignId}/stop` },
  'GET /campaigns/:id/messages/:messageId/preview': {
    method: 'GET',
    url: () => `/api/v1/campaigns/${campaignId}/messages/${messageId}/preview`,
  },
  'GET /campaigns/:id/results': { method: 'GET', url: () => `/api/v1/campaigns/${campaignId}/results` },
  'GET /campaigns/:id/promo': { method: 'GET', url: () => `/api/v1/campaigns/${campaignId}/promo` },
  'POST /campaigns/:id/promo': {
    method: 'POST',
    url: () => `/api/v1/campaigns/${campaignId}/promo`,
    body: () => ({ format: 'poster_a4', locale: 'nl', headline: 'Feedbackmaand' }),
  },
  'PUT /campaign-themes/:id': { method: 'PUT', url: () => `/api/v1/campaign-themes/${themeId}`, body: theme },
  'DELETE /campaign-themes/:id': { method: 'DELETE', url: () => `/api/v1/campaign-themes/${themeId}` },
};
const forAdmins: Record<string, Call> = {
  ...byId,
  'GET /campaigns': { method: 'GET', url: () => '/api/v1/campaigns' },
  'POST /campaigns': { method: 'POST', url: () => '/api/v1/campaigns', body: () => campaignBody() },
  'GET /campaign-settings': { method: 'GET', url: () => '/api/v1/campaign-settings' },
  'PATCH /campaign-settings': {
    method: 'PATCH',
    url: () => '/api/v1/campaign-settings',
    body: () => ({ weeklyCap: 9 }),
  },
  'GET /campaign-themes': { method: 'GET', url: () => '/api/v1/campaign-themes' },
  'POST /campaign-themes': { method: 'POST', url: () => '/api/v1/campaign-themes', body: theme },
  'POST /campaign-themes/starter-set': { method: 'POST', url: () => '/api/v1/campaign-themes/starter-set' },
};

const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/campaigns', campaignBody());
  expect(created.statusCode, created.body).toBe(201);
  campaignId = created.json<{ id: string }>().id;
  messageId = created.json<{ messages: { id: string }[] }>().messages[0]!.id;
  const added = await org.as.ldAdmin.post('/api/v1/campaign-themes', theme());
  expect(added.statusCode, added.body).toBe(201);
  themeId = added.json<{ id: string }>().id;
});

describe('campaign endpoints', () => {
  it.each(Object.keys(byId))('%s: another organisation’s owner gets 404', async (name) => {
    expect((await send(other.as.owner, byId[name]!)).statusCode).toBe(404);
  });

  it('another organisation’s people cannot see or click its banners', async () => {
    expect((await other.as.employee.post(`/api/v1/spotlight/${messageId}/seen`)).statusCode).toBe(404);
    expect((await other.as.employee.post(`/api/v1/spotlight/${messageId}/click`)).statusCode).toBe(404);
  });

  it.each(Object.keys(forAdmins))('%s: an employee gets 403 and nothing changes', async (name) => {
    expect((await send(org.as.employee, forAdmins[name]!)).statusCode).toBe(403);
    const view = (await org.as.ldAdmin.get(`/api/v1/campaigns/${campaignId}`)).json<{
      title: string;
      status: string;
    }>();
    expect(view).toMatchObject({ title: 'Feedbackmaand', status: 'draft' });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-settings')).json()).toMatchObject({ weeklyCap: 3 });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-themes')).json()).toHaveLength(1);
  });

  it.each([
    ['POST /campaigns', { ...campaignBody(), title: '' }, 'title'],
    ['POST /campaigns', campaignBody({ singFrom: '2000-01-01' }), 'singFrom'],
    [
      'PUT /campaigns/:id',
      campaignBody({ messages: [{ phase: 'hum', channel: 'fax' }] }),
      'messages.0.channel',
    ],
    [
      'PUT /campaigns/:id',
      campaignBody({ audience: { unitIds: ['00000000-0000-4000-8000-000000000000'] } }),
      'audience.unitIds.0',
    ],
    ['PATCH /campaign-settings', { weeklyCap: -1 }, 'weeklyCap'],
    ['PATCH /campaign-settings', { quietFrom: '25:00' }, 'quietFrom'],
    ['PATCH /campaign-settings', { contentLanguages: ['pl', 'xx'] }, 'contentLanguages.1'],
    ['PATCH /campaign-settings', { webhook: { kind: 'teams', url: 'http://plain.example' } }, 'webhook.url'],
    ['POST /campaign-themes', { ...theme(), endsOn: '2026-01-01' }, 'endsOn'],
    ['POST /campaigns/:id/promo', { format: 'billboard', locale: 'nl', headline: 'x' }, 'format'],
    ['POST /campaigns/:id/promo', { format: 'poster_a4', locale: 'nl', headline: '' }, 'headline'],
    ['POST /campaigns/:id/promo', { format: 'poster_a4', locale: 'pl', headline: 'x' }, 'locale'],
    [
      'PUT /campaign-themes/:id',
      { ...theme(), learning: [{ type: 'content', id: '00000000-0000-4000-8000-000000000000' }] },
      'learning.0.id',
    ],
  ] as const)('%s: bad input is a 400 naming %s, and nothing changes', async (name, body, field) => {
    const call = forAdmins[name]!;
    const response = await org.as.ldAdmin.request(call.method, call.url(), body);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(field);
    expect((await org.as.ldAdmin.get(`/api/v1/campaigns/${campaignId}`)).json()).toMatchObject({
      title: 'Feedbackmaand',
    });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-settings')).json()).toMatchObject({ weeklyCap: 3 });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-themes')).json()).toMatchObject([
      { nameNl: 'Feedback' },
    ]);
  });

  it('nudge preferences are each person’s own, and a bad kind is a 400', async () => {
    const bad = await org.as.employee.put('/api/v1/nudges/preferences', { optedOut: ['spam'] });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('optedOut');
    await org.as.employee.put('/api/v1/nudges/preferences', { optedOut: ['stalled'] });
    expect((await org.as.manager.get('/api/v1/nudges/preferences')).json()).toMatchObject({ optedOut: [] });
    expect((await org.as.employee.get('/api/v1/nudges/preferences')).json()).toMatchObject({
      optedOut: ['stalled'],
    });
  });

  it('a tracked link of another organisation, or made up, is a 404', async () => {
    const response = await org.anonymous.get(
      `/api/v1/campaigns/r/${other.organisation.id}/00000000-0000-4000-8000-000000000000`,
    );
    expect(response.statusCode).toBe(404);
  });
});
