import { expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db, queries } = await startTestApp();

// Every signed-in change pays for its queries on every request; adding a goal used to cost 14.
it('adds a plan goal (and answers the whole plan) in at most 7 statements (half of what it took)', async () => {
  const org = await buildOrganisationWithRoles(app, db);
  const goal = (
    await org.as.owner.post('/api/v1/goals', { title: 'Zorg dichtbij huis', status: 'active' })
  ).json<{ goal: { id: string } }>().goal;
  const planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
  await org.as.employee.post(`/api/v1/plans/${planId}/goals`, { title: 'Eerste doel' });

  let response: Awaited<ReturnType<typeof org.as.employee.post>> | undefined;
  const statements = await queries.during(async () => {
    response = await org.as.employee.post(`/api/v1/plans/${planId}/goals`, {
      title: 'Wondzorg',
      servesKind: 'organisation_goal',
      servesId: goal.id,
    });
  });
  expect(response?.statusCode).toBe(201);
  expect(response?.json<{ goals: { title: string }[] }>().goals.map((g) => g.title)).toEqual([
    'Eerste doel',
    'Wondzorg',
  ]);
  expect(statements).toBeLessThanOrEqual(7);
});
