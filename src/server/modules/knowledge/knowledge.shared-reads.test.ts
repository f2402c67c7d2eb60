import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// The newest page of the feed and the spaces' counts are shared copies kept a few seconds
// (knowledge.cache.ts). Each check reads first (so a copy exists), changes something and reads again at
// once: without forgetting the copy on the change, the second read would still show the first. What is
// a reader's own (my reactions, saved, mine) and what they may see (hidden posts) stays theirs.
// Copies last a minute here (not seconds), so only forgetting them on the change can make a test pass.
vi.mock('../../core/read-cache.ts', async (original) => {
  const actual = await original<typeof import('../../core/read-cache.ts')>();
  return {
    readCache: (options: { ttlMs: number; maxEntries: number }) =>
      actual.readCache({ ...options, ttlMs: 60_000 }),
  };
});
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let organisationSpace: string;

type Post = {
  id: string;
  title: string;
  comments: number;
  reactions: { like: number; thanks: number; insightful: number };
  myReactions: string[];
  isSaved: boolean;
  isMine: boolean;
  hidden: { reason: string } | null;
};
type Client = typeof org.as.employee;
const feed = async (client: Client) => (await client.get('/api/v1/knowledge/feed')).json<Post[]>();
const firstPage = async (client: Client) =>
  (await client.get('/api/v1/knowledge/posts')).json<{ items: Post[] }>().items;
const find = (posts: Post[], id: string) => posts.find((post) => post.id === id);

async function share(client: Client, title: string) {
  const response = await client.post('/api/v1/knowledge/posts', {
    spaceId: organisationSpace,
    kind: 'tip',
    title,
    bodyHtml: '<p>Zo doe ik het</p>',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ post: Post }>().post.id;
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const spaces = (await org.as.employee.get('/api/v1/knowledge/spaces')).json<
    { id: string; kind: string }[]
  >();
  organisationSpace = spaces.find((space) => space.kind === 'organisation')!.id;
});

describe('the shared newest page', () => {
  it('shows a new post at once to its author and to colleagues, as theirs only for the author', async () => {
    await Promise.all([feed(org.as.employee), feed(org.as.manager), firstPage(org.as.manager)]);
    const id = await share(org.as.employee, 'Nieuw: overdracht in vijf minuten');
    expect(find(await feed(org.as.employee), id)?.isMine).toBe(true);
    expect(find(await feed(org.as.manager), id)?.isMine).toBe(false);
    expect(find(await firstPage(org.as.manager), id)?.title).toBe('Nieuw: overdracht in vijf minuten');
  });

  it('counts a reaction, a save and a comment at once; “I reacted/saved” is each reader’s own', async () => {
    const id = await share(org.as.employee, 'Reageer hierop');
    expect(find(await feed(org.as.manager), id)).toMatchObject({ reactions: { like: 0 }, comments: 0 });

    await org.as.manager.post(`/api/v1/knowledge/posts/${id}/reactions`, { reaction: 'like', isOn: true });
    await org.as.manager.post(`/api/v1/knowledge/posts/${id}/save`, { isSaved: true });
    await org.as.ldAdmin.post(`/api/v1/knowledge/posts/${id}/comments`, { bodyHtml: '<p>Dank!</p>' });
    expect(find(await feed(org.as.manager), id)).toMatchObject({
      reactions: { like: 1 },
      myReactions: ['like'],
      isSaved: true,
      comments: 1,
    });
    expect(find(await feed(org.as.employee), id)).toMatchObject({
      reactions: { like: 1 },
      myReactions: [],
      isSaved: false,
      comments: 1,
    });
  });

  it('never shows a hidden post to anyone but moderators, though they read the same page', async () => {
    const id = await share(org.as.employee, 'Dit wordt verborgen');
    // Both copies exist: the moderators' (HR) and everyone else's.
    expect(find(await firstPage(org.as.hrAdmin), id)?.hidden).toBeNull();
    expect(find(await firstPage(org.as.employee), id)).toBeDefined();

    const hidden = await org.as.hrAdmin.post(`/api/v1/knowledge/posts/${id}/hide`, {
      reason: 'Persoonsgegevens',
    });
    expect(hidden.statusCode, hidden.body).toBeLessThan(300);
    for (const client of [org.as.employee, org.as.manager]) {
      expect(find(await feed(client), id)).toBeUndefined();
      expect(find(await firstPage(client), id)).toBeUndefined();
    }
    // HR moderates: sees it marked hidden; the moderators' copy never reaches an employee.
    expect(find(await firstPage(org.as.hrAdmin), id)?.hidden?.reason).toBe('Persoonsgegevens');
    expect(find(await firstPage(org.as.employee), id)).toBeUndefined();
  });

  it('is the organisation’s own: another organisation never reads it', async () => {
    const id = await share(org.as.employee, 'Alleen voor ons');
    expect(find(await feed(org.as.employee), id)).toBeDefined();
    expect(find(await feed(other.as.employee), id)).toBeUndefined();
    expect(find(await firstPage(other.as.hrAdmin), id)).toBeUndefined();
  });
});

describe('the spaces’ counts', () => {
  it('count a new post at once', async () => {
    const count = async () =>
      (await org.as.manager.get('/api/v1/knowledge/spaces'))
        .json<{ id: string; posts: number }[]>()
        .find((space) => space.id === organisationSpace)!.posts;
    const before = await count();
    await share(org.as.employee, 'Nog een tip');
    expect(await count()).toBe(before + 1);
  });
});
