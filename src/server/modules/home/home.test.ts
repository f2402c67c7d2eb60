import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { inDays } from '../../test/calendar.ts';
import { anonymous, buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const soon = inDays(10);
  await buildPerson(db, org.organisation.id, {
    managerId: org.people.manager.id,
    startDate: soon,
    givenName: 'Nieuw',
  });
});

describe('GET /api/v1/home', () => {
  it('an employee gets their own page only', async () => {
    const home = (await org.as.employee.get('/api/v1/home')).json();
    expect(home.me.id).toBe(org.people.employee.id);
    expect(home.me.manager.id).toBe(org.people.manager.id);
    expect(home.team).toBeNull();
    expect(home.organisation).toBeNull();
  });

  it('a manager also gets their team, with the new starter counted', async () => {
    const home = (await org.as.manager.get('/api/v1/home')).json();
    expect(home.team.reports).toHaveLength(2);
    expect(home.team.newStarters).toBe(1);
    expect(home.organisation).toBeNull();
  });

  it('an HR admin also gets the organisation figures', async () => {
    const home = (await org.as.hrAdmin.get('/api/v1/home')).json();
    expect(home.organisation).toMatchObject({ headcount: 6, units: 1, withoutAccount: 1 });
  });

  it("HR's own change shows on their next home page (the figures are shared, not stale)", async () => {
    const before = (await org.as.hrAdmin.get('/api/v1/home')).json().organisation;
    const person = await org.as.hrAdmin.post('/api/v1/people', {
      givenName: 'Nieuwe',
      familyName: 'Collega',
      email: 'nieuwe.collega@home.test',
    });
    expect(person.statusCode).toBe(201);
    const unit = await org.as.hrAdmin.post('/api/v1/org-units', { name: 'Thuiszorg', code: 'THZ' });
    expect(unit.statusCode).toBe(201);
    const after = (await org.as.hrAdmin.get('/api/v1/home')).json().organisation;
    expect(after).toMatchObject({
      headcount: before.headcount + 1,
      withoutAccount: before.withoutAccount + 1,
      units: before.units + 1,
    });
  });

  it('answers 401 signed out', async () => {
    expect((await anonymous(app).get('/api/v1/home')).statusCode).toBe(401);
  });
});
