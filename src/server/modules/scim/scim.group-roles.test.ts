import { beforeAll, describe, expect, it } from 'vitest';
import { createBus } from '../../core/bus.ts';
import { buildOrgUnit } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { identityOfClaims, signInWithIdentity } from '../sso/sso.signin.ts';

// Issue 20: an identity-provider group maps to a Groeipad role and/or unit (the owner's choice on
// Koppelingen); SCIM membership changes and SSO sign-ins with a groups claim apply it.

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let token: string;

const scim = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
  app.inject({
    method,
    url: `/scim/v2${url}`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
const groupSchema = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const patchSchema = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const rolesOf = async (personId: string) =>
  (
    await db
      .selectFrom('person_roles')
      .select('role')
      .where('person_id', '=', personId)
      .where('organisation_id', '=', org.organisation.id)
      .execute()
  )
    .map((row) => row.role)
    .sort();
const unitOf = async (personId: string) =>
  (await db.selectFrom('people').select('org_unit_id').where('id', '=', personId).executeTakeFirstOrThrow())
    .org_unit_id;

async function makeGroup(displayName: string, members: string[], externalId?: string) {
  const made = await scim('POST', '/Groups', {
    schemas: [groupSchema],
    displayName,
    externalId,
    members: members.map((value) => ({ value })),
  });
  expect(made.statusCode).toBe(201);
  return made.json<{ id: string }>().id;
}
const patchMembers = (groupId: string, op: 'add' | 'remove', personId: string) =>
  scim('PATCH', `/Groups/${groupId}`, {
    schemas: [patchSchema],
    Operations:
      op === 'add'
        ? [{ op: 'Add', path: 'members', value: [{ value: personId }] }]
        : [{ op: 'Remove', path: `members[value eq "${personId}"]` }],
  });
const map = (groupId: string, body: { role: string | null; orgUnitId: string | null }, as = org.as.owner) =>
  as.put(`/api/v1/scim/groups/${groupId}/mapping`, body);

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  token = (await org.as.owner.post('/api/v1/scim/tokens', { name: 'Entra ID' })).json<{ token: string }>()
    .token;
});

describe('SCIM group → role and unit mapping', () => {
  it('the owner maps a group: members get the role and unit; joining gives it, leaving takes it away', async () => {
    const { employee, manager } = org.people;
    const coaches = await buildOrgUnit(db, org.organisation.id, { name: 'Coaches', code: 'COACH' });
    const groupId = await makeGroup('GP-Coaches', [employee.id], 'obj-coaches');
    expect(await rolesOf(employee.id)).toEqual([]);

    const mapped = await map(groupId, { role: 'coach', orgUnitId: coaches.id });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json()).toMatchObject({ role: 'coach', orgUnitId: coaches.id, memberCount: 1 });
    expect(await rolesOf(employee.id)).toEqual(['coach']);
    expect(await unitOf(employee.id)).toBe(coaches.id);

    expect((await patchMembers(groupId, 'add', manager.id)).statusCode).toBe(200);
    expect(await rolesOf(manager.id)).toEqual(['coach']);
    expect(await unitOf(manager.id)).toBe(coaches.id);

    expect((await patchMembers(groupId, 'remove', employee.id)).statusCode).toBe(200);
    expect(await rolesOf(employee.id)).toEqual([]);
    expect(await rolesOf(manager.id)).toEqual(['coach']);

    const list = await org.as.owner.get('/api/v1/scim/groups');
    expect(list.json()).toEqual([
      expect.objectContaining({ id: groupId, displayName: 'GP-Coaches', role: 'coach', memberCount: 1 }),
    ]);
    const audit = await db
      .selectFrom('events')
      .select(['action', 'changes'])
      .where('organisation_id', '=', org.organisation.id)
      .where('action', '=', 'scim_group.mapped')
      .execute();
    expect(audit).toHaveLength(1);

    // Unmapping the role takes it away from the members; deleting a group does too.
    await map(groupId, { role: null, orgUnitId: coaches.id });
    expect(await rolesOf(manager.id)).toEqual([]);
    await map(groupId, { role: 'ambassador', orgUnitId: null });
    expect(await rolesOf(manager.id)).toEqual(['ambassador']);
    expect((await scim('DELETE', `/Groups/${groupId}`)).statusCode).toBe(204);
    expect(await rolesOf(manager.id)).toEqual([]);
  });

  it('keeps a role another group still gives, and never takes away the last owner', async () => {
    const { owner, manager } = org.people;
    const a = await makeGroup('Team A', [manager.id]);
    const b = await makeGroup('Team B', [manager.id]);
    await map(a, { role: 'works_council', orgUnitId: null });
    await map(b, { role: 'works_council', orgUnitId: null });
    await patchMembers(a, 'remove', manager.id);
    expect(await rolesOf(manager.id)).toEqual(['works_council']);
    await patchMembers(b, 'remove', manager.id);
    expect(await rolesOf(manager.id)).toEqual([]);

    const owners = await makeGroup('Groeipad owners', [owner.id, manager.id]);
    await map(owners, { role: 'owner', orgUnitId: null });
    expect(await rolesOf(manager.id)).toEqual(['owner']);
    await patchMembers(owners, 'remove', manager.id);
    expect(await rolesOf(manager.id)).toEqual([]);
    // Olga is now the only owner: leaving the group does not take it away.
    expect((await patchMembers(owners, 'remove', owner.id)).statusCode).toBe(200);
    expect(await rolesOf(owner.id)).toEqual(['owner']);
    expect((await scim('DELETE', `/Groups/${owners}`)).statusCode).toBe(204);
    expect(await rolesOf(owner.id)).toEqual(['owner']);
  });

  it('refuses a bad mapping with the field named, others than the owner, and other organisations', async () => {
    const groupId = await makeGroup('Refusals', []);
    const badUnit = await map(groupId, { role: null, orgUnitId: other.unit.id });
    expect(badUnit.statusCode).toBe(400);
    expect(JSON.stringify(badUnit.json())).toContain('orgUnitId');
    const badRole = await map(groupId, { role: 'emperor', orgUnitId: null });
    expect(badRole.statusCode).toBe(400);
    expect(JSON.stringify(badRole.json())).toContain('role');
    expect((await map(groupId, { role: 'coach', orgUnitId: null }, org.as.hrAdmin)).statusCode).toBe(403);
    expect((await org.as.hrAdmin.get('/api/v1/scim/groups')).statusCode).toBe(403);
    expect((await map(groupId, { role: 'coach', orgUnitId: null }, other.as.owner)).statusCode).toBe(404);
    expect(
      (await other.as.owner.get('/api/v1/scim/groups')).json<{ id: string }[]>().map((g) => g.id),
    ).not.toContain(groupId);
  });
});

describe('groups in an SSO sign-in', () => {
  it('takes the groups claim: joins the named groups (by externalId or name), leaves the others', async () => {
    const { employee } = org.people;
    const unit = await buildOrgUnit(db, org.organisation.id, { name: 'Ambassadeurs', code: 'AMB' });
    const amb = await makeGroup('GP-Ambassadors', [], 'obj-amb');
    const wc = await makeGroup('GP-OR', [employee.id]);
    await map(amb, { role: 'ambassador', orgUnitId: unit.id });
    await map(wc, { role: 'works_council', orgUnitId: null });
    expect(await rolesOf(employee.id)).toEqual(['works_council']);

    const connection = {
      organisation_id: org.organisation.id,
      match_by: 'email' as const,
      creates_people: false,
      groups_claim: 'groups',
    };
    const identity = identityOfClaims(
      { email: employee.email, email_verified: true, groups: ['obj-amb', 'Unknown group'] },
      null,
      'groups',
    );
    expect(identity.groups).toEqual(['obj-amb', 'Unknown group']);
    const deps = { db, config, log: app.log, bus: createBus(app.log) };
    // biome-ignore lint/suspicious/noExplicitAny: the connection row's other columns are not read here
    await signInWithIdentity(deps, connection as any, identity, { protocol: 'oidc' });
    expect(await rolesOf(employee.id)).toEqual(['ambassador']);
    expect(await unitOf(employee.id)).toBe(unit.id);

    // Without the claim in the answer, memberships stay as they are.
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await signInWithIdentity(deps, connection as any, { email: employee.email }, { protocol: 'oidc' });
    expect(await rolesOf(employee.id)).toEqual(['ambassador']);
  });
});
