import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildOrgUnit, buildPerson } from '../factories/factories.ts';
import { startTestApp } from '../test/test-app.ts';
import { forOrganisation } from './tenant.ts';

const { db } = await startTestApp();

describe('forOrganisation', () => {
  it('scopes every select, update and delete to the organisation and stamps inserts', async () => {
    const a = await buildOrganisation(db);
    const b = await buildOrganisation(db);
    await buildPerson(db, a.id, { email: 'same@example.test' });
    await buildPerson(db, b.id, { email: 'same@example.test' });
    const tenantA = forOrganisation(db, a.id);
    expect(await tenantA.selectFrom('people').select('organisation_id').execute()).toEqual([
      { organisation_id: a.id },
    ]);
    await tenantA.updateTable('people').set({ job_title: 'Changed in A' }).execute();
    await tenantA.deleteFrom('person_roles').execute();
    const inB = await forOrganisation(db, b.id)
      .selectFrom('people')
      .select('job_title')
      .executeTakeFirstOrThrow();
    expect(inB.job_title).toBeNull();
    const unit = await tenantA
      .insertInto('org_units', { name: 'Nieuw' })
      .returning('organisation_id')
      .executeTakeFirstOrThrow();
    expect(unit.organisation_id).toBe(a.id);
  });

  it('the database itself refuses a reference into another organisation', async () => {
    const a = await buildOrganisation(db);
    const b = await buildOrganisation(db);
    const unitOfB = await buildOrgUnit(db, b.id);
    const personOfB = await buildPerson(db, b.id);
    await expect(buildPerson(db, a.id, { orgUnitId: unitOfB.id })).rejects.toThrow(/foreign key/);
    await expect(buildPerson(db, a.id, { managerId: personOfB.id })).rejects.toThrow(/foreign key/);
  });

  it('rolls the whole transaction back when one step fails', async () => {
    const a = await buildOrganisation(db);
    const tenant = forOrganisation(db, a.id);
    await expect(
      tenant.transaction(async (trx) => {
        await trx.insertInto('org_units', { name: 'Half' }).execute();
        throw new Error('second step failed');
      }),
    ).rejects.toThrow('second step failed');
    expect(await tenant.selectFrom('org_units').selectAll().execute()).toEqual([]);
  });
});
