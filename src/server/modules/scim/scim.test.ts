import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let token: string;
let otherToken: string;

type Json = Record<string, unknown> & { id: string };
const scim = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  bearer = token,
  headers = {},
) =>
  app.inject({
    method,
    url: `/scim/v2${url}`,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/scim+json', ...headers },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
const userSchema = 'urn:ietf:params:scim:schemas:core:2.0:User';
const enterprise = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  token = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Entra ID' })).json<{ token: string }>()
    .token;
  otherToken = (await other.as.owner.post('/api/v1/scim/tokens', { name: 'Okta' })).json<{ token: string }>()
    .token;
});

// What Entra ID sends when it provisions a user (its "SCIM 2.0 compliance" shapes).
const entraUser = {
  schemas: [userSchema, enterprise],
  externalId: 'b1c2d3',
  userName: 'noor.bakker@zorg.test',
  active: true,
  displayName: 'Noor Bakker',
  title: 'Verpleegkundige',
  emails: [{ primary: true, type: 'work', value: 'noor.bakker@zorg.test' }],
  name: { formatted: 'Noor Bakker', familyName: 'Bakker', givenName: 'Noor' },
  [enterprise]: { employeeNumber: 'E-1001', department: 'Nowhere' },
};

describe('SCIM 2.0 users', () => {
  it('refuses without a token, with a wrong one, and in SCIM error format', async () => {
    const none = await app.inject({ method: 'GET', url: '/scim/v2/Users' });
    expect(none.statusCode).toBe(401);
    expect(none.headers['content-type']).toContain('application/scim+json');
    expect(none.json()).toMatchObject({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '401',
    });
    expect((await scim('GET', '/Users', undefined, 'scim_wrong')).statusCode).toBe(401);
  });

  it('Entra ID: looks up by userName, creates, finds, and deactivates with Replace "False"', async () => {
    const lookup = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "noor.bakker@zorg.test"')}`,
    );
    expect(lookup.json()).toMatchObject({ totalResults: 0, Resources: [] });

    const created = await scim('POST', '/Users', entraUser);
    expect(created.statusCode).toBe(201);
    const user = created.json<Json>();
    expect(user).toMatchObject({
      userName: 'noor.bakker@zorg.test',
      externalId: 'b1c2d3',
      active: true,
      name: { givenName: 'Noor', familyName: 'Bakker' },
      [enterprise]: { employeeNumber: 'E-1001' },
    });
    expect(created.headers.etag).toMatch(/^W\/"/);

    // The person is in Groeipad's people directory, made through the people module.
    const person = (await org.as.hrAdmin.get(`/api/v1/people/${user.id}`)).json<Json>();
    expect(person).toMatchObject({
      email: 'noor.bakker@zorg.test',
      employeeNumber: 'E-1001',
      status: 'active',
    });

    const found = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent('userName eq "noor.bakker@zorg.test"')}`,
    );
    expect(found.json()).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });

    const again = await scim('POST', '/Users', entraUser);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ scimType: 'uniqueness' });

    const patched = await scim('PATCH', `/Users/${user.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Replace', path: 'title', value: 'Teamleider' },
      ],
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ active: false, title: 'Teamleider' });
    const left = (await org.as.hrAdmin.get(`/api/v1/people/${user.id}`)).json<Json>();
    expect(left).toMatchObject({ status: 'left', jobTitle: 'Teamleider' });
  });

  it('Okta: PUT replaces the user, and a reactivation brings them back', async () => {
    const created = (
      await scim('POST', '/Users', {
        schemas: [userSchema],
        userName: 'sem.visser@zorg.test',
        name: { givenName: 'Sem', familyName: 'Visser' },
        emails: [{ primary: true, value: 'sem.visser@zorg.test', type: 'work' }],
        active: true,
      })
    ).json<Json>();
    const put = await scim('PUT', `/Users/${created.id}`, {
      schemas: [userSchema],
      id: created.id,
      userName: 'sem.visser@zorg.test',
      name: { givenName: 'Sem', familyName: 'de Visser' },
      emails: [{ primary: true, value: 'sem.visser@zorg.test', type: 'work' }],
      active: false,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ active: false, name: { familyName: 'de Visser' } });
    const back = await scim('PATCH', `/Users/${created.id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    expect(back.json()).toMatchObject({ active: true });
  });

  it('ETags: a stale If-Match is refused with 412 and changes nothing', async () => {
    const created = await scim('POST', '/Users', {
      ...entraUser,
      externalId: 'x2',
      userName: 'a.etag@zorg.test',
      emails: [],
      [enterprise]: {},
    });
    const user = created.json<Json>();
    const stale = await scim(
      'PATCH',
      `/Users/${user.id}`,
      { schemas: [], Operations: [{ op: 'replace', path: 'title', value: 'Nieuw' }] },
      token,
      { 'if-match': 'W/"1"' },
    );
    expect(stale.statusCode).toBe(412);
    const fresh = await scim(
      'PATCH',
      `/Users/${user.id}`,
      { schemas: [], Operations: [{ op: 'replace', path: 'title', value: 'Nieuw' }] },
      token,
      { 'if-match': created.headers.etag as string },
    );
    expect(fresh.statusCode).toBe(200);
  });

  it('filters, sorts and pages; a bad filter is invalidFilter', async () => {
    const page = await scim('GET', '/Users?startIndex=1&count=2&sortBy=userName');
    const body = page.json<{
      totalResults: number;
      itemsPerPage: number;
      Resources: { userName: string }[];
    }>();
    expect(body.itemsPerPage).toBe(2);
    expect(body.totalResults).toBeGreaterThan(2);
    expect(body.Resources[0]!.userName <= body.Resources[1]!.userName).toBe(true);
    const active = await scim('GET', `/Users?filter=${encodeURIComponent('active eq false')}`);
    expect(active.json<{ Resources: { active: boolean }[] }>().Resources.every((u) => !u.active)).toBe(true);
    const bad = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ scimType: 'invalidFilter' });
  });

  it('DELETE: the person leaves, and SCIM no longer finds them', async () => {
    const user = (
      await scim('POST', '/Users', {
        ...entraUser,
        externalId: 'del',
        userName: 'weg@zorg.test',
        emails: [],
        [enterprise]: {},
      })
    ).json<Json>();
    expect((await scim('DELETE', `/Users/${user.id}`)).statusCode).toBe(204);
    expect((await scim('GET', `/Users/${user.id}`)).statusCode).toBe(404);
    expect((await org.as.hrAdmin.get(`/api/v1/people/${user.id}`)).json()).toMatchObject({ status: 'left' });
  });

  it("another organisation's token never sees or changes this organisation's people", async () => {
    const mine = (
      await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "noor.bakker@zorg.test"')}`)
    ).json<{
      Resources: Json[];
    }>().Resources[0]!;
    expect((await scim('GET', `/Users/${mine.id}`, undefined, otherToken)).statusCode).toBe(404);
    const patch = await scim(
      'PATCH',
      `/Users/${mine.id}`,
      { Operations: [{ op: 'replace', path: 'active', value: false }] },
      otherToken,
    );
    expect(patch.statusCode).toBe(404);
    const list = (await scim('GET', '/Users?count=1000', undefined, otherToken)).json<{
      Resources: Json[];
    }>();
    expect(list.Resources.some((user) => user.id === mine.id)).toBe(false);
    expect((await scim('GET', `/Users/${org.people.employee.id}`, undefined, otherToken)).statusCode).toBe(
      404,
    );
  });

  it('a revoked token stops working; only the owner manages tokens', async () => {
    const made = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Tijdelijk' })).json<
      Json & { token: string }
    >();
    expect((await scim('GET', '/Users', undefined, made.token)).statusCode).toBe(200);
    expect((await org.as.owner.delete(`/api/v1/scim/tokens/${made.id}`)).statusCode).toBe(204);
    expect((await scim('GET', '/Users', undefined, made.token)).statusCode).toBe(401);
    expect((await org.as.hrAdmin.get('/api/v1/scim')).statusCode).toBe(403);
    expect((await anonymous(app).get('/api/v1/scim')).statusCode).toBe(401);
    expect((await other.as.owner.delete(`/api/v1/scim/tokens/${made.id}`)).statusCode).toBe(404);
    const setup = (await org.as.owner.get('/api/v1/scim')).json<{ baseUrl: string; managedPeople: number }>();
    expect(setup.baseUrl).toBe('http://groeipad.test/scim/v2');
    expect(setup.managedPeople).toBeGreaterThan(0);
  });
});

describe('SCIM 2.0 groups and discovery', () => {
  it('creates a group, adds and removes members the way Entra ID does', async () => {
    const people = (await scim('GET', '/Users?count=2')).json<{ Resources: Json[] }>().Resources;
    const group = await scim('POST', '/Groups', {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Zorg Noord',
      externalId: 'g1',
      members: [],
    });
    expect(group.statusCode).toBe(201);
    const id = group.json<Json>().id;
    const added = await scim('PATCH', `/Groups/${id}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Add', path: 'members', value: people.map((p) => ({ value: p.id })) }],
    });
    expect(added.json<{ members: unknown[] }>().members).toHaveLength(2);
    const removed = await scim('PATCH', `/Groups/${id}`, {
      Operations: [{ op: 'Remove', path: `members[value eq "${people[0]!.id}"]` }],
    });
    expect(removed.json<{ members: unknown[] }>().members).toHaveLength(1);
    const filtered = await scim('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Zorg Noord"')}`);
    expect(filtered.json()).toMatchObject({ totalResults: 1 });
    expect((await scim('GET', `/Groups/${id}`, undefined, otherToken)).statusCode).toBe(404);
    expect((await scim('DELETE', `/Groups/${id}`)).statusCode).toBe(204);
  });

  it('describes itself: ServiceProviderConfig, ResourceTypes and Schemas', async () => {
    expect((await scim('GET', '/ServiceProviderConfig')).json()).toMatchObject({
      patch: { supported: true },
      filter: { supported: true },
      etag: { supported: true },
    });
    expect((await scim('GET', '/ResourceTypes')).json()).toMatchObject({ totalResults: 2 });
    expect((await scim('GET', `/Schemas/${enterprise}`)).json()).toMatchObject({ id: enterprise });
    expect((await scim('GET', '/Nothing')).statusCode).toBe(404);
  });
});
