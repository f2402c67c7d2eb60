import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Existing core values and competencies can be changed and removed by management, and by nobody else.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

const names = async (path: string) =>
  (await org.as.owner.get(path)).json<{ name: string }[]>().map((item) => item.name);

describe.each(['values', 'competencies'])('core %s', (collection) => {
  const path = `/api/v1/direction/${collection}`;

  it('are renamed and removed by management; the log keeps the name', async () => {
    const id = (await org.as.owner.post(path, { name: 'Aandacht' })).json<{ id: string }>().id;
    const renamed = await org.as.owner.patch(`${path}/${id}`, {
      name: 'Echte aandacht',
      description: 'Tijd',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Echte aandacht', description: 'Tijd' });
    expect(await names(path)).toContain('Echte aandacht');

    expect((await org.as.owner.delete(`${path}/${id}`)).statusCode).toBe(204);
    expect(await names(path)).not.toContain('Echte aandacht');
    expect((await org.as.owner.delete(`${path}/${id}`)).statusCode).toBe(404);
    const log = await db
      .selectFrom('events')
      .select(['action', 'changes'])
      .where('organisation_id', '=', org.organisation.id)
      .where('subject_id', '=', id)
      .where('action', 'like', '%.deleted')
      .executeTakeFirstOrThrow();
    expect(log.changes).toMatchObject({ name: 'Echte aandacht' });
  });

  it('refuse an empty name, naming the field', async () => {
    const id = (await org.as.owner.post(path, { name: 'Moed' })).json<{ id: string }>().id;
    const empty = await org.as.owner.patch(`${path}/${id}`, { name: '' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('name');
  });

  it('cannot be changed or removed by an employee, nor by another organisation', async () => {
    const id = (await org.as.owner.post(path, { name: 'Vertrouwen' })).json<{ id: string }>().id;
    expect((await org.as.employee.delete(`${path}/${id}`)).statusCode).toBe(403);
    expect((await org.as.employee.patch(`${path}/${id}`, { name: 'X' })).statusCode).toBe(403);
    expect((await other.as.owner.delete(`${path}/${id}`)).statusCode).toBe(404);
    expect((await other.as.owner.patch(`${path}/${id}`, { name: 'X' })).statusCode).toBe(404);
    expect(await names(path)).toContain('Vertrouwen');
  });
});
