import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// Every recognition endpoint with real ids: another organisation finds nothing, an employee may not do
// L&D's or a manager's work (and nothing changes), and bad input names its field.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let badgeId: string;
let challengeId: string;
let celebrationId: string;

type Call = { method: 'GET' | 'POST' | 'PATCH' | 'PUT'; url: () => string; body?: () => unknown };
const badge = () => ({
  name: 'Leergierig',
  description: 'Leert elke week iets nieuws.',
  criteriaNarrative: 'Door L&D toegekend.',
  criteriaKind: 'manual',
});
const challenge = () => ({
  title: 'Samen leren',
  metric: 'points',
  goal: 50,
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  teamIds: [org.unit.id],
});

const calls: Record<string, Call> = {
  'POST /kudos': {
    method: 'POST',
    url: () => '/api/v1/kudos',
    body: () => ({ receiverId: org.people.employee.id, message: 'Dank!' }),
  },
  'POST /celebrations/:id/share': {
    method: 'POST',
    url: () => `/api/v1/celebrations/${celebrationId}/share`,
    body: () => ({ shared: true }),
  },
  'GET /recognition/people/:id': {
    method: 'GET',
    url: () => `/api/v1/recognition/people/${org.people.employee.id}`,
  },
  'PUT /recognition/settings': {
    method: 'PUT',
    url: () => '/api/v1/recognition/settings',
    body: () => ({ leaderboardsEnabled: false }),
  },
  'POST /badges': { method: 'POST', url: () => '/api/v1/badges', body: badge },
  'GET /badges/:id': { method: 'GET', url: () => `/api/v1/badges/${badgeId}` },
  'PATCH /badges/:id': {
    method: 'PATCH',
    url: () => `/api/v1/badges/${badgeId}`,
    body: () => ({ name: 'Anders' }),
  },
  'POST /badges/:id/awards': {
    method: 'POST',
    url: () => `/api/v1/badges/${badgeId}/awards`,
    body: () => ({ personId: org.people.employee.id, reason: 'Top' }),
  },
  'GET /badges/:id/awards': { method: 'GET', url: () => `/api/v1/badges/${badgeId}/awards` },
  'GET /badges/:id/achievement': { method: 'GET', url: () => `/api/v1/badges/${badgeId}/achievement` },
  'POST /challenges': { method: 'POST', url: () => '/api/v1/challenges', body: challenge },
  'GET /challenges/:id': { method: 'GET', url: () => `/api/v1/challenges/${challengeId}` },
  'GET /challenges/:id/people': { method: 'GET', url: () => `/api/v1/challenges/${challengeId}/people` },
};

const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  badgeId = (await org.as.ldAdmin.post('/api/v1/badges', badge())).json<{ id: string }>().id;
  challengeId = (await org.as.ldAdmin.post('/api/v1/challenges', challenge())).json<{ id: string }>().id;
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Feedback geven'))).json<{
    id: string;
  }>();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  await org.as.employee.post(`/api/v1/learning/items/${item.id}/done`);
  celebrationId = (await org.as.employee.get('/api/v1/celebrations/mine')).json<{ id: string }[]>()[0]!.id;
});

describe('recognition endpoints', () => {
  it.each([
    'POST /celebrations/:id/share',
    'GET /recognition/people/:id',
    'GET /badges/:id',
    'PATCH /badges/:id',
    'POST /badges/:id/awards',
    'GET /badges/:id/awards',
    'GET /badges/:id/achievement',
    'GET /challenges/:id',
    'GET /challenges/:id/people',
  ])('%s: another organisation’s owner gets 404', async (name) => {
    const response = await send(other.as.owner, calls[name]!);
    expect(response.statusCode).toBe(404);
  });

  it.each(['POST /kudos', 'POST /challenges'])(
    '%s: ids from another organisation are a 400 naming the field, nothing made',
    async (name) => {
      const response = await send(other.as.owner, calls[name]!);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toMatch(/receiverId|teamIds/);
      expect((await other.as.owner.get('/api/v1/challenges')).json()).toEqual([]);
    },
  );

  it.each([
    'PUT /recognition/settings',
    'POST /badges',
    'PATCH /badges/:id',
    'POST /badges/:id/awards',
    'GET /badges/:id/awards',
  ])('%s: an employee gets 403, and nothing changes', async (name) => {
    const response = await send(org.as.employee, calls[name]!);
    expect(response.statusCode).toBe(403);
    const badges = (await org.as.ldAdmin.get('/api/v1/badges')).json<
      { name: string; awardedCount: number }[]
    >();
    expect(badges).toEqual([expect.objectContaining({ name: 'Leergierig', awardedCount: 0 })]);
    expect((await org.as.employee.get('/api/v1/recognition/settings')).json()).toEqual({
      leaderboardsEnabled: true,
    });
  });

  it('POST /challenges: an employee leads no team: 403, no challenge made', async () => {
    expect((await send(org.as.employee, calls['POST /challenges']!)).statusCode).toBe(403);
    expect((await org.as.employee.get('/api/v1/challenges')).json()).toHaveLength(1);
  });

  it('POST /celebrations/:id/share: someone else’s celebration is not found', async () => {
    expect((await send(org.as.manager, calls['POST /celebrations/:id/share']!)).statusCode).toBe(404);
  });

  it.each([
    ['POST /kudos', { receiverId: 'x', message: 'Dank' }, 'receiverId'],
    ['POST /kudos', { receiverId: '00000000-0000-4000-8000-000000000000', message: '' }, 'message'],
    ['POST /celebrations/:id/share', { shared: 'ja' }, 'shared'],
    ['PUT /recognition/settings', { leaderboardsEnabled: 1 }, 'leaderboardsEnabled'],
    ['POST /badges', { ...badge(), criteriaKind: 'lucky' }, 'criteriaKind'],
    [
      'POST /badges',
      {
        ...badge(),
        criteriaKind: 'path_completed',
        criteriaSubjectId: '00000000-0000-4000-8000-000000000000',
      },
      'criteriaSubjectId',
    ],
    ['POST /badges', { ...badge(), imageFileId: '00000000-0000-4000-8000-000000000000' }, 'imageFileId'],
    ['PATCH /badges/:id', { criteriaCount: 0 }, 'criteriaCount'],
    [
      'POST /badges/:id/awards',
      { personId: '00000000-0000-4000-8000-000000000000', reason: 'x' },
      'personId',
    ],
    ['POST /challenges', () => ({ ...challenge(), endsOn: '2025-01-01' }), 'endsOn'],
    ['POST /challenges', () => ({ ...challenge(), metric: 'completions' }), 'contentId'],
    ['POST /challenges', () => ({ ...challenge(), goal: 0 }), 'goal'],
  ] as const)('%s: bad input is a 400 naming %s', async (name, body, field) => {
    const call = calls[name]!;
    const response = await org.as.ldAdmin.request(
      call.method,
      call.url(),
      typeof body === 'function' ? body() : body,
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(field);
  });

  it('PATCH /recognition/me/preferences: bad input names the field; an API-less person sees only their own', async () => {
    const bad = await org.as.employee.patch('/api/v1/recognition/me/preferences', { onLeaderboards: 'ja' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('onLeaderboards');
    expect(
      (await org.as.employee.get('/api/v1/recognition/me')).json<{ preferences: unknown }>().preferences,
    ).toEqual({
      badgesVisible: true,
      pointsVisible: false,
      onLeaderboards: false,
    });
  });
});
