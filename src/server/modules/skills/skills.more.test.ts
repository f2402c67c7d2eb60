import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

// The less travelled paths: declining, removing a role, a unit head's matrix, a unit's gaps, wishes.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let skillId: string;
let roleId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  skillId = (await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Tillift', en: 'Hoist' } })).json().id;
  roleId = (
    await org.as.hrAdmin.post('/api/v1/job-roles', {
      name: { nl: 'Helpende', en: 'Care assistant' },
      skills: [{ skillId, targetLevel: 2 }],
    })
  ).json().id;
});

describe('rating requests', () => {
  it('can be declined by the person asked only, once', async () => {
    const { id } = (
      await org.as.employee.post('/api/v1/skills/rating-requests', {
        raterId: org.people.owner.id,
        skillIds: [skillId],
      })
    ).json();
    expect((await org.as.manager.post(`/api/v1/skills/rating-requests/${id}/decline`)).statusCode).toBe(403);
    expect((await other.as.owner.post(`/api/v1/skills/rating-requests/${id}/decline`)).statusCode).toBe(404);
    expect((await org.as.owner.post(`/api/v1/skills/rating-requests/${id}/decline`)).statusCode).toBe(204);
    expect((await org.as.owner.post(`/api/v1/skills/rating-requests/${id}/decline`)).statusCode).toBe(409);
    const mine = (await org.as.employee.get('/api/v1/skills/rating-requests?box=outgoing&status=all')).json();
    expect(mine[0]).toMatchObject({ status: 'declined', raterIsManager: false });
  });

  it('refuses a skill that was not asked about, naming the field', async () => {
    const { id } = (
      await org.as.employee.post('/api/v1/skills/rating-requests', {
        raterId: org.people.manager.id,
        skillIds: [skillId],
      })
    ).json();
    const response = await org.as.manager.post(`/api/v1/skills/rating-requests/${id}/answer`, {
      ratings: [{ skillId: org.unit.id, level: 2 }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('ratings.0.skillId');
  });
});

describe('wishes and mentoring', () => {
  it('keeps my wishes on my map and only on mine', async () => {
    const map = (
      await org.as.employee.put(`/api/v1/skills/me/preferences/${skillId}`, {
        wantsToGrow: true,
        isInterest: true,
      })
    ).json();
    expect(map.skills[0]).toMatchObject({
      wantsToGrow: true,
      isInterest: true,
      willingToMentor: false,
      current: null,
    });
    expect(
      (await other.as.employee.put(`/api/v1/skills/me/preferences/${skillId}`, { wantsToGrow: true }))
        .statusCode,
    ).toBe(404);
  });
});

describe('job roles', () => {
  it('removes a role nobody holds; the scale cannot drop below a target in use', async () => {
    const spare = (
      await org.as.hrAdmin.post('/api/v1/job-roles', { name: { nl: 'Tijdelijk', en: 'Temporary' } })
    ).json();
    expect((await org.as.employee.delete(`/api/v1/job-roles/${spare.id}`)).statusCode).toBe(403);
    expect((await org.as.hrAdmin.delete(`/api/v1/job-roles/${spare.id}`)).statusCode).toBe(204);
    expect((await org.as.hrAdmin.get(`/api/v1/job-roles/${spare.id}`)).statusCode).toBe(404);
    await org.as.hrAdmin.put(`/api/v1/job-roles/${roleId}`, {
      name: { nl: 'Helpende', en: 'Care assistant' },
      skills: [{ skillId, targetLevel: 5 }],
    });
    const levels = [1, 2, 3].map((n) => ({
      label: { nl: `N${n}`, en: `L${n}` },
      descriptor: { nl: 'x', en: 'x' },
    }));
    expect((await org.as.ldAdmin.put('/api/v1/skills/scale', { levels })).statusCode).toBe(409);
  });

  it('refuses a role that leads to itself', async () => {
    const response = await org.as.hrAdmin.put(`/api/v1/job-roles/${roleId}`, {
      name: { nl: 'Helpende', en: 'Care assistant' },
      leadsTo: [roleId],
    });
    expect(response.json().errors[0]).toMatchObject({ field: 'leadsTo.0' });
  });
});

describe('a unit: its head sees the matrix, L&D sees its gaps', () => {
  it('scopes the matrix and gaps to the unit and below', async () => {
    const ward = await buildOrgUnit(db, org.organisation.id, { name: 'Afdeling Zuid' });
    const head = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      orgUnitId: ward.id,
      givenName: 'Hoofd',
    });
    await db.updateTable('org_units').set({ head_id: head.id }).where('id', '=', ward.id).execute();
    const nurse = await buildPerson(db, org.organisation.id, {
      orgUnitId: ward.id,
      givenName: 'Noor',
      managerId: head.id,
    });
    await org.as.hrAdmin.put(`/api/v1/job-roles/holders/${nurse.id}`, { jobRoleId: roleId });
    const asHead = await signInAs(app, head);
    const matrix = (await asHead.get(`/api/v1/skills/team-matrix?unitId=${ward.id}`)).json();
    expect(matrix.people.map((p: { displayName: string }) => p.displayName.split(' ')[0]).sort()).toEqual([
      'Hoofd',
      'Noor',
    ]);
    expect((await asHead.get(`/api/v1/skills/team-matrix?unitId=${org.unit.id}`)).statusCode).toBe(403);
    const gaps = (await org.as.ldAdmin.get(`/api/v1/skills/organisation-gaps?unitId=${ward.id}`)).json();
    expect(gaps).toEqual({
      people: 1,
      skills: [
        {
          skill: { id: skillId, name: { nl: 'Tillift', en: 'Hoist' } },
          demand: 1,
          // Noor was never rated on it: not yet assessed, not a gap of 5.
          belowTarget: 0,
          notAssessed: 1,
          totalGap: 0,
          holders: 0,
          sources: [{ kind: 'roleProfiles' }],
        },
      ],
    });
    expect((await other.as.owner.get(`/api/v1/skills/organisation-gaps?unitId=${ward.id}`)).statusCode).toBe(
      404,
    );
  });
});
