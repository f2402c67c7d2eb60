import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Per route: what SCIM Groups and the owner's SCIM token routes refuse (400/401/403/404, another
// organisation), and that a refused request changed nothing.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let token: string;
let otherToken: string;
let groupId: string;
let otherGroupId: string;

type Json = Record<string, unknown> & { id: string };
const errorSchema = 'urn:ietf:params:scim:api:messages:2.0:Error';
const patchOp = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const scim = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  bearer: string | null = token,
) =>
  app.inject({
    method,
    url: `/scim/v2${url}`,
    headers: {
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      'content-type': 'application/scim+json',
    },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

/** A SCIM error (RFC 7644 §3.12): its own content type and schema, the status as a string. */
function expectScimError(
  response: Awaited<ReturnType<typeof scim>>,
  status: number,
  detail?: RegExp,
  scimType?: string,
) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/scim+json');
  const body = response.json<{ schemas: string[]; status: string; detail: string; scimType?: string }>();
  expect(body.schemas).toEqual([errorSchema]);
  expect(body.status).toBe(String(status));
  if (detail) expect(body.detail).toMatch(detail);
  if (scimType) expect(body.scimType).toBe(scimType);
}

const groupOf = async (id: string, bearer = token) =>
  (await scim('GET', `/Groups/${id}`, undefined, bearer)).json<Json>();
const memberIdsOf = (group: Json) =>
  ((group.members ?? []) as { value: string }[]).map((m) => m.value).sort();
const groupCount = async (bearer = token) =>
  (await scim('GET', '/Groups', undefined, bearer)).json<{ totalResults: number }>().totalResults;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  token = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Entra ID' })).json<{ token: string }>()
    .token;
  otherToken = (await other.as.owner.post('/api/v1/scim/tokens', { name: 'Okta' })).json<{ token: string }>()
    .token;
  const created = await scim('POST', '/Groups', {
    displayName: 'Zorg Zuid',
    members: [{ value: org.people.employee.id }],
  });
  expect(created.statusCode, created.body).toBe(201);
  groupId = created.json<Json>().id;
  otherGroupId = (
    await scim(
      'POST',
      '/Groups',
      { displayName: 'Okta Team', members: [{ value: other.people.employee.id }] },
      otherToken,
    )
  ).json<Json>().id;
});

describe('SCIM Groups: 401 without a valid bearer token, on every route', () => {
  const routes: ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', () => string, unknown][] = [
    ['GET', () => '/Groups', undefined],
    ['GET', () => `/Groups/${groupId}`, undefined],
    ['POST', () => '/Groups', { displayName: 'Zonder token' }],
    ['PUT', () => `/Groups/${groupId}`, { displayName: 'Zonder token' }],
    [
      'PATCH',
      () => `/Groups/${groupId}`,
      { schemas: [patchOp], Operations: [{ op: 'remove', path: 'members' }] },
    ],
    ['DELETE', () => `/Groups/${groupId}`, undefined],
  ];
  for (const [method, url, body] of routes)
    it(`${method} ${url.toString().includes('Groups/') ? '/Groups/:id' : '/Groups'}`, async () => {
      const before = await groupCount();
      expectScimError(await scim(method, url(), body, null), 401, /bearer token/);
      expectScimError(await scim(method, url(), body, 'scim_not-a-token'), 401);
      // A session of the organisation's owner is not a SCIM token either.
      const withSession = await app.inject({
        method,
        url: `/scim/v2${url()}`,
        headers: { cookie: org.as.owner.cookie!, 'content-type': 'application/scim+json' },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
      expect(withSession.statusCode).toBe(401);
      const after = await groupOf(groupId);
      expect(after.displayName).toBe('Zorg Zuid');
      expect(memberIdsOf(after)).toEqual([org.people.employee.id]);
      expect(await groupCount()).toBe(before);
    });

  it('a revoked token is refused and its organisation is left alone', async () => {
    const created = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Tijdelijk' })).json<
      Json & { token: string }
    >();
    expect((await org.as.owner.delete(`/api/v1/scim/tokens/${created.id}`)).statusCode).toBe(204);
    expectScimError(await scim('DELETE', `/Groups/${groupId}`, undefined, created.token), 401);
    expect((await scim('GET', `/Groups/${groupId}`)).statusCode).toBe(200);
  });
});

describe('SCIM Groups: 400 in the SCIM error format, naming what is wrong, changing nothing', () => {
  it('GET /Groups: a filter that cannot be read is invalidFilter', async () => {
    expectScimError(
      await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq')}`),
      400,
      /filter/,
      'invalidFilter',
    );
  });

  it('POST /Groups: no displayName, an unknown member, or a body that is not JSON', async () => {
    const before = await groupCount();
    expectScimError(await scim('POST', '/Groups', { members: [] }), 400, /displayName/, 'invalidValue');
    expectScimError(
      await scim('POST', '/Groups', { displayName: '   ' }),
      400,
      /displayName/,
      'invalidValue',
    );
    const stranger = randomUUID();
    expectScimError(
      await scim('POST', '/Groups', { displayName: 'Nieuw team', members: [{ value: stranger }] }),
      400,
      new RegExp(`members: no user ${stranger}`),
      'invalidValue',
    );
    // Another organisation's person is not a member this token can add.
    expectScimError(
      await scim('POST', '/Groups', {
        displayName: 'Nieuw team',
        members: [{ value: other.people.employee.id }],
      }),
      400,
      /members/,
      'invalidValue',
    );
    expectScimError(await scim('POST', '/Groups', '{"displayName": '), 400, /not JSON/, 'invalidSyntax');
    expect(await groupCount()).toBe(before);
    const named = await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Nieuw team"')}`);
    expect(named.json()).toMatchObject({ totalResults: 0 });
  });

  it('POST /Groups: a displayName taken is 409 uniqueness', async () => {
    const before = await groupCount();
    expectScimError(await scim('POST', '/Groups', { displayName: 'zorg zuid' }), 409, /exists/, 'uniqueness');
    expect(await groupCount()).toBe(before);
  });

  it('PUT /Groups/:id: an unknown member leaves name and members as they were', async () => {
    expectScimError(
      await scim('PUT', `/Groups/${groupId}`, {
        displayName: 'Hernoemd',
        members: [{ value: org.people.manager.id }, { value: randomUUID() }],
      }),
      400,
      /members: no user/,
      'invalidValue',
    );
    const after = await groupOf(groupId);
    expect(after.displayName).toBe('Zorg Zuid');
    expect(memberIdsOf(after)).toEqual([org.people.employee.id]);
  });

  it('PATCH /Groups/:id: no Operations, an unknown op, a path it cannot patch, an unknown member', async () => {
    expectScimError(
      await scim('PATCH', `/Groups/${groupId}`, { schemas: [patchOp] }),
      400,
      /Operations/,
      'invalidSyntax',
    );
    expectScimError(
      await scim('PATCH', `/Groups/${groupId}`, { schemas: [patchOp], Operations: [] }),
      400,
      /Operations/,
      'invalidSyntax',
    );
    expectScimError(
      await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [patchOp],
        Operations: [{ op: 'frobnicate', path: 'title', value: 'x' }],
      }),
      400,
      /op frobnicate is not add, replace or remove/,
      'invalidSyntax',
    );
    // An unknown op on members is refused too, not read as an add.
    expectScimError(
      await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [patchOp],
        Operations: [{ op: 'move', path: 'members', value: [{ value: org.people.manager.id }] }],
      }),
      400,
      /op move is not add, replace or remove/,
      'invalidSyntax',
    );
    expectScimError(
      await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [patchOp],
        Operations: [
          { op: 'replace', path: 'displayName', value: 'Half gedaan' },
          { op: 'replace', path: 'meta.created', value: 'x' },
        ],
      }),
      400,
      /Cannot patch meta\.created/,
      'invalidPath',
    );
    expectScimError(
      await scim('PATCH', `/Groups/${groupId}`, {
        schemas: [patchOp],
        Operations: [
          { op: 'replace', path: 'displayName', value: 'Half gedaan' },
          { op: 'add', path: 'members', value: [{ value: randomUUID() }] },
        ],
      }),
      400,
      /members: no user/,
      'invalidValue',
    );
    const after = await groupOf(groupId);
    expect(after.displayName).toBe('Zorg Zuid');
    expect(memberIdsOf(after)).toEqual([org.people.employee.id]);
  });
});

describe("SCIM Groups: 404 for an unknown id and for another organisation's group", () => {
  const ids = () => [
    ['an unknown id', randomUUID()],
    ['an id that is no id', 'not-a-uuid'],
    ["another organisation's group", otherGroupId],
  ];

  it('GET, PUT, PATCH and DELETE /Groups/:id', async () => {
    for (const [what, id] of ids()) {
      expectScimError(await scim('GET', `/Groups/${id}`), 404, /not found/);
      expectScimError(await scim('PUT', `/Groups/${id}`, { displayName: 'Overgenomen', members: [] }), 404);
      expectScimError(
        await scim('PATCH', `/Groups/${id}`, {
          schemas: [patchOp],
          Operations: [{ op: 'replace', path: 'displayName', value: 'Overgenomen' }],
        }),
        404,
      );
      expectScimError(await scim('DELETE', `/Groups/${id}`), 404, undefined, undefined);
      expect(typeof what).toBe('string');
    }
    // The other organisation's group is untouched, and not in this organisation's list.
    const theirs = await groupOf(otherGroupId, otherToken);
    expect(theirs.displayName).toBe('Okta Team');
    expect(memberIdsOf(theirs)).toEqual([other.people.employee.id]);
    const ours = (await scim('GET', '/Groups')).json<{ Resources: Json[] }>().Resources;
    expect(ours.map((group) => group.id)).not.toContain(otherGroupId);
  });
});

describe('the owner’s SCIM routes (/api/v1/scim)', () => {
  it('401 without a session, on every route', async () => {
    expect((await org.anonymous.get('/api/v1/scim')).statusCode).toBe(401);
    expect((await org.anonymous.post('/api/v1/scim/tokens', { name: 'x' })).statusCode).toBe(401);
    expect((await org.anonymous.delete(`/api/v1/scim/tokens/${randomUUID()}`)).statusCode).toBe(401);
  });

  it('403 for everyone but the owner, and nothing made or revoked', async () => {
    const before = (await org.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens;
    const live = before.find((row) => row.revokedAt === null)!;
    for (const client of [org.as.hrAdmin, org.as.ldAdmin, org.as.manager, org.as.employee]) {
      expect((await client.get('/api/v1/scim')).statusCode).toBe(403);
      expect((await client.post('/api/v1/scim/tokens', { name: 'Van mij' })).statusCode).toBe(403);
      expect((await client.delete(`/api/v1/scim/tokens/${live.id}`)).statusCode).toBe(403);
    }
    const after = (await org.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens;
    expect(after).toEqual(before);
    expect((await scim('GET', '/Groups')).statusCode).toBe(200);
  });

  it('400 naming the field for a token without a (short enough) name', async () => {
    const before = (await org.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens.length;
    for (const body of [{}, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 42 }]) {
      const refused = await org.as.owner.post('/api/v1/scim/tokens', body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(refused.json<{ errors: { field: string }[] }>().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'name' })]),
      );
    }
    const badId = await org.as.owner.delete('/api/v1/scim/tokens/not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(badId.json<{ errors: { field: string }[] }>().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'params.id' })]),
    );
    expect((await org.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens.length).toBe(before);
  });

  it("404 revoking an unknown token or another organisation's, which keeps working", async () => {
    expect((await org.as.owner.delete(`/api/v1/scim/tokens/${randomUUID()}`)).statusCode).toBe(404);
    const theirs = (await other.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens[0]!;
    expect((await org.as.owner.delete(`/api/v1/scim/tokens/${theirs.id}`)).statusCode).toBe(404);
    expect((await scim('GET', '/Groups', undefined, otherToken)).statusCode).toBe(200);
    const still = (await other.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens[0]!;
    expect(still.revokedAt).toBeNull();
    // Nor does this organisation see the other's tokens.
    const ours = (await org.as.owner.get('/api/v1/scim')).json<{ tokens: Json[] }>().tokens;
    expect(ours.map((row) => row.id)).not.toContain(theirs.id);
  });
});
