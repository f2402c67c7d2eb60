import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';
import { filledReview, talentOrganisation } from './talent.fixtures.ts';

// Confidentiality and tenancy on every talent endpoint: the reviewed person, a colleague (a team
// leader's report), a manager outside the round and another organisation see nothing, and nothing changes.
const { app, db } = await startTestApp();
let t: Awaited<ReturnType<typeof talentOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Call = { method: 'GET' | 'POST' | 'PUT'; url: () => string; body?: () => unknown };
const api = (path: string) => `/api/v1/talent${path}`;
const calls: Record<string, Call> = {
  'GET /talent/rounds/:id': { method: 'GET', url: () => api(`/rounds/${t.roundId}`) },
  'PUT /talent/rounds/:id/questions': {
    method: 'PUT',
    url: () => api(`/rounds/${t.roundId}/questions`),
    body: () => ({ questions: [{ id: 'x', textNl: 'Vraag', textEn: 'Question' }] }),
  },
  'POST /talent/rounds/:id/open': { method: 'POST', url: () => api(`/rounds/${t.roundId}/open`) },
  'POST /talent/rounds/:id/sign-off': { method: 'POST', url: () => api(`/rounds/${t.roundId}/sign-off`) },
  'POST /talent/rounds/:id/reopen': {
    method: 'POST',
    url: () => api(`/rounds/${t.roundId}/reopen`),
    body: () => ({ reason: 'x' }),
  },
  'POST /talent/rounds/:id/assign-path': {
    method: 'POST',
    url: () => api(`/rounds/${t.roundId}/assign-path`),
    body: () => ({ boxes: [{ performance: 3, potential: 3 }], pathId: t.roleId }),
  },
  'GET /talent/rounds/:id/export': { method: 'GET', url: () => api(`/rounds/${t.roundId}/export`) },
  'GET /talent/reviews/:id': { method: 'GET', url: () => api(`/reviews/${t.reviewId}`) },
  'PUT /talent/reviews/:id': {
    method: 'PUT',
    url: () => api(`/reviews/${t.reviewId}`),
    body: () => filledReview(),
  },
  'POST /talent/reviews/:id/move': {
    method: 'POST',
    url: () => api(`/reviews/${t.reviewId}/move`),
    body: () => ({ performance: 1, potential: 1, reason: 'Probeer het' }),
  },
};
const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());
const untouched = async () =>
  expect((await t.org.as.hrAdmin.get(api(`/reviews/${t.reviewId}`))).json()).toMatchObject({
    performance: null,
    moves: [],
  });

beforeAll(async () => {
  t = await talentOrganisation(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('talent endpoints', () => {
  const outsiders = () => ({
    'the reviewed person': t.as.leader,
    'a colleague (a team leader’s report)': t.as.report,
    'a manager outside the round': t.org.as.manager,
    'another organisation’s owner': other.as.owner,
    'another organisation’s HR': other.as.hrAdmin,
  });

  it.each(Object.keys(calls))('%s: nobody outside the round finds it, and nothing changes', async (name) => {
    for (const [who, client] of Object.entries(outsiders())) {
      const status = (await send(client, calls[name]!)).statusCode;
      expect([403, 404], `${who}: ${status}`).toContain(status);
      if (name.includes(':id') && !name.includes('/rounds/:id/') && name !== 'GET /talent/rounds/:id/export')
        expect(status, who).toBe(404);
    }
    await untouched();
  });

  it('GET /talent/rounds and /talent/succession: outsiders see no round', async () => {
    for (const client of Object.values(outsiders()))
      expect((await client.get(api('/rounds'))).json<{ id: string }[]>().map((r) => r.id)).not.toContain(
        t.roundId,
      );
    for (const client of [t.as.leader, t.as.report, t.org.as.manager])
      expect((await client.get(api('/succession'))).statusCode).toBe(403);
    expect((await other.as.hrAdmin.get(api('/succession'))).json()).toEqual([]);
  });

  it('a participant who is reviewed elsewhere never sees their own review', async () => {
    // The director reviews; the area manager calibrates. Neither is in the round, so both see it —
    // but HR opening the round on themselves would still not see their own line.
    expect((await t.as.area.get(api(`/rounds/${t.roundId}`))).statusCode).toBe(200);
    expect((await t.as.leader.get(api('/me'))).json()).toMatchObject({ proposals: [], reviews: [] });
  });

  it('settings are HR’s, per organisation', async () => {
    expect(
      (await t.as.director.put(api('/settings'), { ownReviewVisibility: 'everything' })).statusCode,
    ).toBe(403);
    expect(
      (await other.as.hrAdmin.put(api('/settings'), { ownReviewVisibility: 'everything' })).statusCode,
    ).toBe(200);
    expect((await t.org.as.hrAdmin.get(api('/settings'))).json()).toEqual({ ownReviewVisibility: 'nothing' });
  });

  it('a proposal of another organisation or person is not found', async () => {
    expect((await other.as.owner.post(api(`/proposals/${t.reviewId}/accept`))).statusCode).toBe(404);
  });

  it('POST /talent/rounds: only HR opens, bad input names the field', async () => {
    const body = {
      title: 'x',
      criteria: { unitIds: [t.noord.id] },
      reviewDeadline: '2030-01-01',
    };
    expect((await t.as.director.post(api('/rounds'), body)).statusCode).toBe(403);
    const foreign = await other.as.hrAdmin.post(api('/rounds'), body);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('criteria.unitIds.0');
    const late = await t.org.as.hrAdmin.post(api('/rounds'), { ...body, calibrationOn: '2029-01-01' });
    expect(late.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('calibrationOn');
  });
});
