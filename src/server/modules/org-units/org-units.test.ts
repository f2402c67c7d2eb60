import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let care: { id: string };
let ward: { id: string };

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  care = await buildOrgUnit(db, org.organisation.id, { name: 'Zorg', kind: 'division' });
  ward = await buildOrgUnit(db, org.organisation.id, { name: 'Afdeling 1', parentId: care.id });
  const head = await buildPerson(db, org.organisation.id, { orgUnitId: care.id, givenName: 'Hoofd' });
  await db.updateTable('org_units').set({ head_id: head.id }).where('id', '=', care.id).execute();
  for (let i = 0; i < 3; i++)
    await buildPerson(db, org.organisation.id, { orgUnitId: ward.id, managerId: head.id });
  await buildPerson(db, org.organisation.id, { orgUnitId: ward.id, status: 'left' });
});

describe('GET /api/v1/org-units', () => {
  it('gives every unit with its head and head counts, counting sub-units and skipping leavers', async () => {
    const response = await org.as.employee.get('/api/v1/org-units');
    expect(response.statusCode).toBe(200);
    const units = response.json();
    const zorg = units.find((u: { name: string }) => u.name === 'Zorg');
    const afdeling = units.find((u: { name: string }) => u.name === 'Afdeling 1');
    expect(zorg).toMatchObject({
      headcount: 1,
      totalHeadcount: 4,
      head: { name: expect.stringContaining('Hoofd') },
    });
    expect(afdeling).toMatchObject({ parentId: care.id, headcount: 3, totalHeadcount: 3 });
    expect(units.map((u: { id: string }) => u.id)).not.toContain(other.unit.id);
    expect(units).toHaveLength(3);
  });

  it('answers 401 when signed out', async () => {
    expect((await org.anonymous.get('/api/v1/org-units')).statusCode).toBe(401);
  });
});

describe('GET /api/v1/org-units/:id/chart', () => {
  it('shows the unit, its sub-units and its members', async () => {
    const chart = (await org.as.manager.get(`/api/v1/org-units/${care.id}/chart`)).json();
    expect(chart.unit.name).toBe('Zorg');
    expect(chart.subunits.map((u: { name: string }) => u.name)).toEqual(['Afdeling 1']);
    expect(chart.members).toHaveLength(1);
  });

  it('answers 404 for a unit of another organisation', async () => {
    expect((await org.as.owner.get(`/api/v1/org-units/${other.unit.id}/chart`)).statusCode).toBe(404);
  });
});

describe('POST, PATCH, DELETE /api/v1/org-units', () => {
  it('creates, renames, moves and deletes a unit, each in the audit log', async () => {
    const created = await org.as.hrAdmin.post('/api/v1/org-units', {
      name: 'Thuiszorg',
      code: 'TZ',
      kind: 'division',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const moved = await org.as.hrAdmin.patch(`/api/v1/org-units/${id}`, {
      name: 'Thuiszorg Noord',
      parentId: care.id,
    });
    expect(moved.json()).toMatchObject({ name: 'Thuiszorg Noord', parentId: care.id });
    expect((await org.as.hrAdmin.delete(`/api/v1/org-units/${id}`)).statusCode).toBe(204);
    const actions = (await org.as.owner.get(`/api/v1/events?subjectId=${id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['org_unit.deleted', 'org_unit.updated', 'org_unit.created']);
  });

  it('refuses to put a unit inside its own sub-unit (400 on parentId)', async () => {
    const response = await org.as.hrAdmin.patch(`/api/v1/org-units/${care.id}`, { parentId: ward.id });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('parentId');
  });

  it('refuses a duplicate code and an empty name, naming the field', async () => {
    await org.as.hrAdmin.post('/api/v1/org-units', { name: 'Financiën', code: 'FIN' });
    const duplicate = await org.as.hrAdmin.post('/api/v1/org-units', { name: 'Financiën 2', code: 'fin' });
    expect(duplicate.json().errors[0].field).toBe('code');
    const empty = await org.as.hrAdmin.post('/api/v1/org-units', { name: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('name');
  });

  it('will not delete a unit that still has people (409) and keeps it', async () => {
    const response = await org.as.hrAdmin.delete(`/api/v1/org-units/${ward.id}`);
    expect(response.statusCode).toBe(409);
    expect((await org.as.hrAdmin.get(`/api/v1/org-units/${ward.id}/chart`)).statusCode).toBe(200);
  });

  it('is refused to employees, managers and L&D admins (403)', async () => {
    for (const client of [org.as.employee, org.as.manager, org.as.ldAdmin]) {
      expect((await client.post('/api/v1/org-units', { name: 'X' })).statusCode).toBe(403);
      expect((await client.patch(`/api/v1/org-units/${ward.id}`, { name: 'X' })).statusCode).toBe(403);
    }
  });

  it('answers 404 when changing a unit of another organisation, and leaves it alone', async () => {
    expect(
      (await org.as.owner.patch(`/api/v1/org-units/${other.unit.id}`, { name: 'Stolen' })).statusCode,
    ).toBe(404);
    expect((await org.as.owner.delete(`/api/v1/org-units/${other.unit.id}`)).statusCode).toBe(404);
    const units = (await other.as.owner.get('/api/v1/org-units')).json();
    expect(units[0].name).toBe('Team Noord');
  });

  it('refuses a head from another organisation (400 on headId)', async () => {
    const response = await org.as.hrAdmin.patch(`/api/v1/org-units/${ward.id}`, {
      headId: other.people.employee.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('headId');
  });
});
