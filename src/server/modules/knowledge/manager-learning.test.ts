import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// Managers as role models: a manager's finished learning reaches their team only once they choose so.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Learning = {
  manager: { id: string; name: string } | null;
  isOpen: boolean;
  completions: { title: string }[];
  posts: { title: string }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  // The manager finishes an item and writes what they learned.
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Feedback geven'))).json<{
    id: string;
  }>();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  await org.as.manager.post('/api/v1/learning/enrolments', { type: 'content', id: item.id });
  const done = await org.as.manager.post(`/api/v1/learning/items/${item.id}/done`, {});
  expect(done.statusCode, done.body).toBe(200);
  const spaces = (await org.as.manager.get('/api/v1/knowledge/spaces')).json<
    { id: string; kind: string }[]
  >();
  const posted = await org.as.manager.post('/api/v1/knowledge/posts', {
    spaceId: spaces.find((space) => space.kind === 'organisation')!.id,
    kind: 'learned',
    title: 'Eerst vragen, dan vertellen',
    learned: { kind: 'content', id: item.id },
  });
  expect(posted.statusCode, posted.body).toBe(201);
});

describe('manager’s visible learning', () => {
  it('is hidden from the team until the manager chooses to show it, and gone again when they stop', async () => {
    const seen = async () =>
      (await org.as.employee.get('/api/v1/team-moment/manager-learning')).json<Learning>();
    const before = await seen();
    expect(before).toMatchObject({
      manager: { id: org.people.manager.id },
      isOpen: false,
      completions: [],
      posts: [],
    });

    expect((await org.as.manager.get('/api/v1/team-moment/openness')).json()).toEqual({
      isOpenToTeam: false,
      teamSize: 1,
    });
    const on = await org.as.manager.put('/api/v1/team-moment/openness', { isOpenToTeam: true });
    expect(on.statusCode, on.body).toBe(200);
    const open = await seen();
    expect(open.isOpen).toBe(true);
    expect(open.completions.map((row) => row.title)).toEqual(['Feedback geven']);
    expect(open.posts.map((row) => row.title)).toEqual(['Eerst vragen, dan vertellen']);

    await org.as.manager.put('/api/v1/team-moment/openness', { isOpenToTeam: false });
    expect((await seen()).completions).toEqual([]);
  });

  it('someone without a manager sees no one; without a team one cannot choose; other organisations and bad input refused', async () => {
    expect((await org.as.owner.get('/api/v1/team-moment/manager-learning')).json()).toMatchObject({
      manager: null,
      isOpen: false,
    });
    expect((await org.as.employee.get('/api/v1/team-moment/openness')).statusCode).toBe(403);
    expect(
      (await org.as.employee.put('/api/v1/team-moment/openness', { isOpenToTeam: true })).statusCode,
    ).toBe(403);
    const bad = await org.as.manager.put('/api/v1/team-moment/openness', { isOpenToTeam: 'ja' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('isOpenToTeam');
    // A manager elsewhere opening up shows nothing here.
    await other.as.manager.put('/api/v1/team-moment/openness', { isOpenToTeam: true });
    expect((await org.as.employee.get('/api/v1/team-moment/manager-learning')).json<Learning>().isOpen).toBe(
      false,
    );
    for (const [method, url] of [
      ['GET', '/api/v1/team-moment/openness'],
      ['PUT', '/api/v1/team-moment/openness'],
      ['GET', '/api/v1/team-moment/manager-learning'],
    ] as const)
      expect(
        (await org.anonymous.request(method, url, method === 'PUT' ? { isOpenToTeam: true } : undefined))
          .statusCode,
      ).toBe(401);
  });
});
