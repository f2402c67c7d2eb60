import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildOrgUnit, buildPerson } from '../../../factories/factories.ts';
import { inDays } from '../../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { article } from '../catalogue.fixtures.ts';

// Rules on any combination of unit (with sub-units), job role, role, start date and status, previewed
// before they are saved: who is in, who would be newly enrolled.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let itemId: string;
let jobRoleId: string;
let subUnitId: string;
const people: Record<string, string> = {};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Tiltechnieken'))).json();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  itemId = item.id;
  jobRoleId = (
    await org.as.hrAdmin.post('/api/v1/job-roles', {
      name: { nl: 'Verzorgende IG', en: 'Carer' },
      skills: [],
    })
  ).json().id;
  const sub = await buildOrgUnit(db, org.organisation.id, { name: 'Team Noord-West', parentId: org.unit.id });
  subUnitId = sub.id;
  const make = (givenName: string, overrides: Parameters<typeof buildPerson>[2] = {}) =>
    buildPerson(db, org.organisation.id, { givenName, ...overrides });
  people.sanne = (await make('Sanne', { orgUnitId: sub.id, startDate: inDays(-5) })).id;
  people.tom = (await make('Tom', { orgUnitId: sub.id, startDate: inDays(-400) })).id;
  people.vera = (await make('Vera', { orgUnitId: sub.id, startDate: inDays(-3), status: 'leaving' })).id;
  people.lid = (await make('Lid', { orgUnitId: sub.id, startDate: inDays(-2), status: 'left' })).id;
  people.elders = (await make('Elders', { startDate: inDays(-1) })).id;
  const tenant = forOrganisation(db, org.organisation.id);
  for (const id of [people.sanne!, people.tom!, people.elders!])
    await tenant.insertInto('person_job_roles', { person_id: id, job_role_id: jobRoleId }).execute();
});

const subject = () => ({ type: 'content', id: itemId });
const preview = (criteria: Record<string, unknown>, client = org.as.ldAdmin) =>
  client.post('/api/v1/catalogue/rules/preview', { condition: 'criteria', criteria, subject: subject() });

describe('a criteria rule', () => {
  it('combines a unit (with its sub-units), a job role, a start window and a status', async () => {
    const response = await preview({
      unitIds: [org.unit.id],
      jobRoleIds: [jobRoleId],
      startsWithinDays: 30,
      statuses: ['active'],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ reached: 1, alreadyEnrolled: 0, newlyEnrolled: 1 });
    expect(response.json().people).toEqual([
      expect.objectContaining({ id: people.sanne, unitName: 'Team Noord-West', isEnrolled: false }),
    ]);
    const withLeaving = (await preview({ unitIds: [subUnitId], startDateFrom: inDays(-10) })).json();
    expect(withLeaving.people.map((p: { id: string }) => p.id).sort()).toEqual(
      [people.sanne, people.vera].sort(),
    );
  });

  it('reaches people by role: managers and granted roles', async () => {
    const managers = (await preview({ roles: ['manager'] })).json();
    expect(managers.people.map((p: { id: string }) => p.id)).toEqual([org.people.manager.id]);
    const hr = (await preview({ roles: ['hr_admin', 'ld_admin'] })).json();
    expect(hr.reached).toBe(2);
  });

  it('previews without enrolling, then enrols only the newly reached when saved', async () => {
    const before = (await preview({ jobRoleIds: [jobRoleId] })).json();
    expect(before).toMatchObject({ reached: 3, newlyEnrolled: 3 });
    const saved = await org.as.ldAdmin.post('/api/v1/catalogue/rules', {
      name: 'Verzorgenden IG',
      condition: 'criteria',
      criteria: { jobRoleIds: [jobRoleId] },
      subject: subject(),
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toMatchObject({ enrolled: 3, criteria: { jobRoleIds: [jobRoleId] } });
    const after = (await preview({ jobRoleIds: [jobRoleId], unitIds: [org.unit.id] })).json();
    expect(after).toMatchObject({ reached: 2, alreadyEnrolled: 2, newlyEnrolled: 0 });
    const listed = (await org.as.ldAdmin.get('/api/v1/catalogue/rules')).json();
    expect(listed.find((rule: { id: string }) => rule.id === saved.json().id).criteria.jobRoleIds).toEqual([
      jobRoleId,
    ]);
  });

  it('names the field of a bad criterion', async () => {
    const empty = await preview({});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('criteria');
    const theirUnit = await preview({ unitIds: [other.unit.id] });
    expect(theirUnit.statusCode).toBe(400);
    expect(theirUnit.json().errors[0].field).toBe('criteria.unitIds.0');
    const unknownRole = await preview({ jobRoleIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknownRole.json().errors[0].field).toBe('criteria.jobRoleIds.0');
    const badStatus = await preview({ statuses: ['retired'] });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().errors[0].field).toContain('criteria.statuses');
    const backwards = await preview({ startDateFrom: inDays(5), startDateTo: inDays(1) });
    expect(backwards.json().errors[0].field).toBe('criteria.startDateTo');
  });

  it('is L&D only and stays in its organisation', async () => {
    expect((await preview({ roles: ['manager'] }, org.as.manager)).statusCode).toBe(403);
    const foreign = await other.as.ldAdmin.post('/api/v1/catalogue/rules/preview', {
      condition: 'criteria',
      criteria: { roles: ['manager'] },
      subject: subject(),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('subject.id');
  });
});
