import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisationWithRoles, Client, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

const withToken = (token: string) => new Client(app, null, null, { authorization: `Bearer ${token}` });

describe('API tokens', () => {
  it('an owner creates a token that is shown once, stored hashed, and works within its scope', async () => {
    const created = await org.as.owner.post('/api/v1/api-tokens', {
      name: 'AFAS koppeling',
      scopes: ['people:read'],
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^gp_/);
    const stored = await db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const listed = (await org.as.owner.get('/api/v1/api-tokens')).json();
    expect(listed[0]).not.toHaveProperty('token');

    const client = withToken(token);
    const people = await client.get('/api/v1/people');
    expect(people.statusCode).toBe(200);
    expect(people.json().items[0].employeeNumber).toBeDefined();
    // Out of scope: writing people. Tokens need no CSRF token, but do need the scope.
    expect(
      (await client.post('/api/v1/people', { givenName: 'A', familyName: 'B', email: 'a@b.test' }))
        .statusCode,
    ).toBe(403);
    // A token never reaches another organisation.
    expect((await client.get(`/api/v1/people/${other.people.employee.id}`)).statusCode).toBe(404);
  });

  it('a revoked token stops working at once', async () => {
    const { token, id } = (
      await org.as.owner.post('/api/v1/api-tokens', { name: 'Tijdelijk', scopes: ['people:write'] })
    ).json();
    expect(
      (
        await withToken(token).post('/api/v1/people', {
          givenName: 'Via',
          familyName: 'Token',
          email: 'via@token.test',
        })
      ).statusCode,
    ).toBe(201);
    expect((await org.as.owner.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    expect((await withToken(token).get('/api/v1/people')).statusCode).toBe(401);
    const events = (await org.as.owner.get('/api/v1/events?action=person.created')).json().items;
    expect(events.some((e: { actor: { kind: string } }) => e.actor.kind === 'token')).toBe(true);
  });

  it('an expired token does not work', async () => {
    const { token } = (
      await org.as.owner.post('/api/v1/api-tokens', {
        name: 'Oud',
        scopes: ['people:read'],
        expiresAt: '2020-01-01T00:00:00Z',
      })
    ).json();
    expect((await withToken(token).get('/api/v1/people')).statusCode).toBe(401);
  });

  it('answers 400 naming the field for an unknown scope or an empty name', async () => {
    const badScope = await org.as.owner.post('/api/v1/api-tokens', { name: 'X', scopes: ['everything'] });
    expect(badScope.statusCode).toBe(400);
    expect(badScope.json().errors[0].field).toMatch(/^scopes/);
    const noName = await org.as.owner.post('/api/v1/api-tokens', { name: '', scopes: ['people:read'] });
    expect(noName.json().errors[0].field).toBe('name');
  });

  it('only owners manage tokens (403 for HR admin and employee, 401 signed out)', async () => {
    expect((await org.as.hrAdmin.get('/api/v1/api-tokens')).statusCode).toBe(403);
    expect(
      (await org.as.employee.post('/api/v1/api-tokens', { name: 'X', scopes: ['people:read'] })).statusCode,
    ).toBe(403);
    expect((await anonymous(app).get('/api/v1/api-tokens')).statusCode).toBe(401);
  });

  it('cannot revoke a token of another organisation (404), which keeps working', async () => {
    const { token, id } = (
      await other.as.owner.post('/api/v1/api-tokens', { name: 'Van B', scopes: ['people:read'] })
    ).json();
    expect((await org.as.owner.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(404);
    expect((await withToken(token).get('/api/v1/people')).statusCode).toBe(200);
  });
});
