import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// Every knowledge and team-moment endpoint with real ids: another organisation finds nothing, a wrong
// role is refused with nothing changed, and bad input names its field.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let spaceId: string;
let postId: string;
let questionId: string;

type Call = { method: 'GET' | 'POST' | 'DELETE'; url: () => string; body?: () => unknown };
const calls: Record<string, Call> = {
  'GET /knowledge/spaces/:id': { method: 'GET', url: () => `/api/v1/knowledge/spaces/${spaceId}` },
  'GET /knowledge/posts/:id': { method: 'GET', url: () => `/api/v1/knowledge/posts/${postId}` },
  'POST /knowledge/posts': {
    method: 'POST',
    url: () => '/api/v1/knowledge/posts',
    body: () => ({ spaceId, kind: 'tip', title: 'Van buiten' }),
  },
  'POST /knowledge/posts/:id/comments': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/comments`,
    body: () => ({ bodyHtml: '<p>hallo</p>' }),
  },
  'POST /knowledge/posts/:id/best-answer': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/best-answer`,
    body: () => ({ commentId: null }),
  },
  'POST /knowledge/posts/:id/reactions': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/reactions`,
    body: () => ({ reaction: 'like', isOn: true }),
  },
  'POST /knowledge/posts/:id/save': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/save`,
    body: () => ({ isSaved: true }),
  },
  'POST /knowledge/posts/:id/report': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/report`,
    body: () => ({ reason: 'spam' }),
  },
  'POST /knowledge/posts/:id/hide': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/hide`,
    body: () => ({ reason: 'spam' }),
  },
  'POST /knowledge/posts/:id/restore': {
    method: 'POST',
    url: () => `/api/v1/knowledge/posts/${postId}/restore`,
    body: () => ({ reason: 'toch goed' }),
  },
  'DELETE /knowledge/posts/:id': { method: 'DELETE', url: () => `/api/v1/knowledge/posts/${postId}` },
  'POST /team-moment/questions/:id/answer': {
    method: 'POST',
    url: () => `/api/v1/team-moment/questions/${questionId}/answer`,
    body: () => ({ answer: 'iets' }),
  },
};
const send = (client: Client, { method, url, body }: Call) => client.request(method, url(), body?.());

const postAsIs = async () =>
  (await org.as.employee.get(`/api/v1/knowledge/posts/${postId}`)).json<{
    comments: unknown[];
    reactions: { like: number };
    hidden: unknown;
  }>();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const spaces = (await org.as.employee.get('/api/v1/knowledge/spaces')).json<
    { id: string; kind: string }[]
  >();
  spaceId = spaces.find((space) => space.kind === 'unit')!.id;
  const created = await org.as.employee.post('/api/v1/knowledge/posts', {
    spaceId,
    kind: 'question',
    title: 'Wie weet het?',
  });
  postId = created.json<{ post: { id: string } }>().post.id;
  await org.as.manager.post('/api/v1/team-moment/questions', { question: 'Wat leerde je?' });
  questionId = (await org.as.employee.get('/api/v1/team-moment/questions/mine')).json<{ id: string }[]>()[0]!
    .id;
});

describe('knowledge endpoints', () => {
  it.each(Object.keys(calls))(
    '%s: another organisation’s owner gets 404 (or 400 naming the space)',
    async (name) => {
      const response = await send(other.as.owner, calls[name]!);
      if (name === 'POST /knowledge/posts') {
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].field).toBe('spaceId');
      } else expect(response.statusCode).toBe(404);
      expect((await postAsIs()).comments).toEqual([]);
    },
  );

  it('another organisation’s lists never show this one’s posts', async () => {
    expect((await other.as.owner.get('/api/v1/knowledge/posts')).json<{ items: unknown[] }>().items).toEqual(
      [],
    );
    expect((await other.as.owner.get('/api/v1/knowledge/feed')).json()).toEqual([]);
    expect(
      (await other.as.owner.get(`/api/v1/knowledge/posts?spaceId=${spaceId}`)).json<{ items: unknown[] }>()
        .items,
    ).toEqual([]);
    expect((await other.as.owner.get('/api/v1/knowledge/reports')).json()).toEqual([]);
  });

  it.each([
    ['POST /knowledge/posts/:id/hide', (o: typeof org) => o.as.manager],
    ['POST /knowledge/posts/:id/restore', (o: typeof org) => o.as.manager],
    ['POST /knowledge/posts/:id/best-answer', (o: typeof org) => o.as.manager],
    ['DELETE /knowledge/posts/:id', (o: typeof org) => o.as.manager],
  ] as const)('%s: the wrong role gets 403 and nothing changes', async (name, who) => {
    const response = await send(who(org), calls[name]!);
    expect(response.statusCode).toBe(403);
    expect((await postAsIs()).hidden).toBeNull();
    expect((await org.as.employee.get(`/api/v1/knowledge/posts/${postId}`)).statusCode).toBe(200);
  });

  it.each([
    ['GET /knowledge/reports', 'GET', '/api/v1/knowledge/reports', undefined],
    ['POST /knowledge/spaces', 'POST', '/api/v1/knowledge/spaces', { name: 'Nieuw' }],
    ['GET /team-moment', 'GET', '/api/v1/team-moment', undefined],
    ['POST /team-moment/questions', 'POST', '/api/v1/team-moment/questions', {}],
  ] as const)('%s: an employee gets 403 and nothing changes', async (_name, method, url, body) => {
    const before = (await org.as.employee.get('/api/v1/knowledge/spaces')).json<unknown[]>().length;
    expect((await org.as.employee.request(method, url, body)).statusCode).toBe(403);
    expect((await org.as.employee.get('/api/v1/knowledge/spaces')).json<unknown[]>()).toHaveLength(before);
  });

  it.each([
    ['POST /knowledge/posts', { spaceId: 'x', kind: 'tip', title: 'a' }, 'spaceId'],
    ['POST /knowledge/posts', { kind: 'tip', title: '' }, 'title'],
    ['POST /knowledge/posts', { kind: 'rumour', title: 'a' }, 'kind'],
    ['POST /knowledge/posts', { kind: 'resource', title: 'a', linkUrl: 'javascript:alert(1)' }, 'linkUrl'],
    [
      'POST /knowledge/posts',
      { kind: 'tip', title: 'a', skillIds: ['00000000-0000-4000-8000-000000000000'] },
      'skillIds.0',
    ],
    [
      'POST /knowledge/posts',
      { kind: 'tip', title: 'a', mentionIds: ['00000000-0000-4000-8000-000000000000'] },
      'mentionIds.0',
    ],
    [
      'POST /knowledge/posts',
      { kind: 'tip', title: 'a', itemIds: ['00000000-0000-4000-8000-000000000000'] },
      'itemIds.0',
    ],
    ['POST /knowledge/posts', { kind: 'tip', title: 'a', appliedText: 'zo' }, 'appliedText'],
    ['POST /knowledge/posts/:id/comments', { bodyHtml: '' }, 'bodyHtml'],
    ['POST /knowledge/posts/:id/comments', { bodyHtml: '<script>x</script>' }, 'bodyHtml'],
    [
      'POST /knowledge/posts/:id/best-answer',
      { commentId: '00000000-0000-4000-8000-000000000000' },
      'commentId',
    ],
    ['POST /knowledge/posts/:id/reactions', { reaction: 'angry', isOn: true }, 'reaction'],
    ['POST /knowledge/posts/:id/save', {}, 'isSaved'],
    ['POST /knowledge/posts/:id/report', { reason: '' }, 'reason'],
    ['POST /knowledge/posts/:id/hide', { reason: '' }, 'reason'],
    ['POST /team-moment/questions/:id/answer', { answer: '' }, 'answer'],
  ] as const)('%s: bad input is a 400 naming %s, nothing changes', async (name, body, field) => {
    const call = calls[name]!;
    const client = name.includes('hide') ? org.as.ldAdmin : org.as.employee;
    const response = await client.request(
      call.method,
      call.url(),
      name === 'POST /knowledge/posts' ? { spaceId, ...body } : body,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
    const post = await postAsIs();
    expect(post.comments).toEqual([]);
    expect(post.hidden).toBeNull();
  });

  it('bad queries are a 400 naming the parameter', async () => {
    const response = await org.as.employee.get('/api/v1/knowledge/posts?kind=rumour&pageSize=500');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().errors)).toContain('kind');
    expect((await org.as.employee.get('/api/v1/knowledge/posts?skillId=nope')).statusCode).toBe(400);
  });
});
