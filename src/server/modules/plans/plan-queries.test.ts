import { expect, it } from 'vitest';
import { actingAs, buildOrganisationGoal, buildPlan } from '../../factories/domain.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import type { Role } from '../access/index.ts';

const { app, db, queries } = await startTestApp();

// Every signed-in change pays for its queries on every request; adding a goal used to cost 14.
it('adds a plan goal (and answers the whole plan) in at most 7 statements (half of what it took)', async () => {
  const org = await buildOrganisationWithRoles(app, db);
  const as = (person: { id: string }, roles: Role[] = ['employee']) =>
    actingAs(db, { organisationId: org.organisation.id, personId: person.id, roles });
  const goal = {
    id: await buildOrganisationGoal(as(org.people.owner, ['owner']), { title: 'Zorg dichtbij huis' }),
  };
  const planId = await buildPlan(as(org.people.employee), { goals: ['Eerste doel'] });
  // Signed in and looking at the plan already: who asks and the organisation's calendar are known.
  await org.as.employee.get(`/api/v1/plans/${planId}`);

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
