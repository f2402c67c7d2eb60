import { beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// A goal past its target date is flagged for the person and their manager, until it is achieved or dropped.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let planId: string;
let lateId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
  const add = (title: string, targetDate: string) =>
    org.as.employee.post(`/api/v1/plans/${planId}/goals`, { title, why: 'Omdat het ertoe doet', targetDate });
  await add('Wondzorg niveau 3', inDays(-3));
  await add('Coachen van stagiairs', inDays(30));
  lateId = (await goals())[0]!.id;
  expect((await org.as.employee.post(`/api/v1/plans/${planId}/share`, {})).statusCode).toBe(200);
});

const goals = async () =>
  (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<{
    goals: { id: string; title: string; isOverdue: boolean }[];
  }>().goals;

describe('a goal past its target date', () => {
  it('is flagged on the plan for the employee and the manager', async () => {
    expect((await goals()).map((g) => [g.title, g.isOverdue])).toEqual([
      ['Wondzorg niveau 3', true],
      ['Coachen van stagiairs', false],
    ]);
    const asManager = await org.as.manager.get(`/api/v1/plans/${planId}`);
    expect(asManager.json<{ goals: { isOverdue: boolean }[] }>().goals[0]!.isOverdue).toBe(true);
  });

  it('is counted in the manager’s team list and HR’s overview', async () => {
    const team = await org.as.manager.get('/api/v1/plans?scope=team');
    expect(team.json()).toMatchObject([{ id: planId, goals: 2, overdueGoals: 1 }]);
    const all = await org.as.hrAdmin.get('/api/v1/plans?scope=organisation');
    expect(all.json().find((p: { id: string }) => p.id === planId)).toMatchObject({ overdueGoals: 1 });
  });

  it('is no longer late once achieved', async () => {
    const done = await org.as.employee.patch(`/api/v1/plans/${planId}/goals/${lateId}`, {
      progress: 100,
      status: 'achieved',
    });
    expect(done.statusCode).toBe(200);
    expect((await goals()).every((g) => !g.isOverdue)).toBe(true);
    const team = await org.as.manager.get('/api/v1/plans?scope=team');
    expect(team.json()[0].overdueGoals).toBe(0);
  });
});
