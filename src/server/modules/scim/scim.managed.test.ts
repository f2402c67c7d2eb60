import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// What SCIM manages, the identity provider owns: a person editing it by hand gets a 409 naming each
// field and nothing changes; the unit and what SCIM does not carry stay editable; SCIM itself may.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let token: string;
let managedId: string;

const scim = (method: 'POST' | 'PATCH', url: string, body: unknown) =>
  app.inject({
    method,
    url: `/scim/v2${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    payload: JSON.stringify(body),
  });

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  token = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Entra ID' })).json<{ token: string }>()
    .token;
  const created = await scim('POST', '/Users', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: 'sanne.visser@zorg.test',
    active: true,
    title: 'Verpleegkundige',
    emails: [{ primary: true, value: 'sanne.visser@zorg.test' }],
    name: { givenName: 'Sanne', familyName: 'Visser' },
  });
  expect(created.statusCode).toBe(201);
  managedId = created.json<{ id: string }>().id;
});

describe('SCIM-managed fields', () => {
  it('refuses HR’s hand edit of a managed field with 409 naming it, and changes nothing', async () => {
    const refused = await org.as.hrAdmin.patch(`/api/v1/people/${managedId}`, {
      jobTitle: 'Teamleider',
      familyName: 'Jansen',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['familyName', 'scimManaged'],
      ['jobTitle', 'scimManaged'],
    ]);
    const person = (await org.as.hrAdmin.get(`/api/v1/people/${managedId}`)).json();
    expect(person).toMatchObject({ jobTitle: 'Verpleegkundige', familyName: 'Visser' });
  });

  it('tells the screens which fields are managed, only for people SCIM manages', async () => {
    const managed = (await org.as.hrAdmin.get(`/api/v1/people/${managedId}`)).json();
    expect(managed.scimManagedFields).toEqual(expect.arrayContaining(['email', 'jobTitle', 'managerId']));
    expect(managed.scimManagedFields).not.toContain('orgUnitId');
    const byHand = (await org.as.hrAdmin.get(`/api/v1/people/${org.people.employee.id}`)).json();
    expect(byHand.scimManagedFields).toBeUndefined();
  });

  it('lets HR set what SCIM does not carry (the unit), and resend unchanged managed values', async () => {
    const moved = await org.as.hrAdmin.patch(`/api/v1/people/${managedId}`, {
      orgUnitId: org.unit.id,
      jobTitle: 'Verpleegkundige',
    });
    expect(moved.statusCode, moved.body).toBe(200);
  });

  it('leaves people SCIM does not manage editable by hand', async () => {
    const edited = await org.as.hrAdmin.patch(`/api/v1/people/${org.people.employee.id}`, {
      jobTitle: 'Helpende',
    });
    expect(edited.statusCode).toBe(200);
  });

  it('the identity provider itself still changes them', async () => {
    const patched = await scim('PATCH', `/Users/${managedId}`, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Replace', path: 'title', value: 'Teamleider' }],
    });
    expect(patched.statusCode).toBe(200);
    expect((await org.as.hrAdmin.get(`/api/v1/people/${managedId}`)).json().jobTitle).toBe('Teamleider');
  });
});
