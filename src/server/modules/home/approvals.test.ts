import { beforeAll, describe, expect, it } from 'vitest';
import { inDays, thisYear } from '../../test/calendar.ts';
import { buildOrganisationWithRoles, Client, startTestApp } from '../../test/test-app.ts';

// One inbox for everything waiting on a manager, each kind put there the way a user does it.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const year = thisYear();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const { as } = org;
  await as.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
    amountCents: 100_000,
    hours: 80,
    isProRata: false,
    fullTimeHours: 36,
    carryOverMaxCents: 0,
    requiresHrApproval: true,
  });
  await as.hrAdmin.post('/api/v1/budgets/allocate', { year });
  const request = await as.employee.post('/api/v1/budgets/requests', {
    provider: 'Wondzorg Academie',
    title: 'Post-hbo Wondverpleegkundige',
    startsOn: `${year}-09-01`,
    endsOn: `${year}-12-15`,
    costCents: 60_000,
    hours: 40,
    motivation: 'Voor mijn doel: complexe wonden zelfstandig behandelen.',
  });
  expect(request.statusCode).toBe(201);
  const plan = (await as.employee.post('/api/v1/plans', {})).json();
  const goal = await as.employee.post(`/api/v1/plans/${plan.id}/goals`, {
    title: 'Wondzorg op specialistisch niveau',
    why: 'Steeds meer complexe wonden in de wijk',
  });
  expect(goal.statusCode, goal.body).toBe(201);
  const shared = await as.employee.post(`/api/v1/plans/${plan.id}/share`);
  expect(shared.statusCode, shared.body).toBe(200);
  const agreement = await as.employee.post('/api/v1/learning-agreements', {
    title: 'Training Motiverende gespreksvoering',
    application: 'Ik gebruik het in gesprekken met cliënten over leefstijl.',
    isWillingBuddy: false,
    startsOn: inDays(-3),
  });
  expect(agreement.statusCode).toBe(201);
  const task = (
    await as.ldAdmin.post('/api/v1/catalogue/items', {
      kind: 'assignment',
      versions: [{ language: 'nl', title: 'Loop een dienst mee', bodyHtml: '<p>Loop mee.</p>' }],
    })
  ).json();
  await as.ldAdmin.post(`/api/v1/catalogue/items/${task.id}/status`, { status: 'published' });
  const sent = await as.employee.put(`/api/v1/learning/items/${task.id}/submission`, {
    reflection: 'Ik leerde veel over overdracht.',
  });
  expect(sent.statusCode).toBe(204);
  const skill = (await as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Tillift', en: 'Hoist' } })).json();
  const asked = await as.employee.post('/api/v1/skills/rating-requests', {
    raterId: org.people.manager.id,
    skillIds: [skill.id],
  });
  expect(asked.statusCode).toBe(201);
});

describe('GET /api/v1/development/approvals', () => {
  it('gives the manager every kind waiting on him, counted', async () => {
    const response = await org.as.manager.get('/api/v1/development/approvals');
    expect(response.statusCode).toBe(200);
    const inbox = response.json();
    expect(inbox.counts).toEqual({
      budgets: 1,
      plans: 1,
      agreements: 1,
      assignments: 1,
      ratings: 1,
      workshops: 0,
    });
    expect(inbox.total).toBe(5);
    expect(inbox.budgets[0]).toMatchObject({
      title: 'Post-hbo Wondverpleegkundige',
      state: 'pending_manager',
    });
    expect(inbox.plans[0]).toMatchObject({ person: { id: org.people.employee.id }, state: 'shared' });
    expect(inbox.agreements[0]).toMatchObject({ title: 'Training Motiverende gespreksvoering' });
    expect(inbox.assignments[0]).toMatchObject({
      title: 'Loop een dienst mee',
      person: { id: org.people.employee.id },
    });
    expect(inbox.ratings[0].skills[0].name.nl).toBe('Tillift');
  });

  it('is empty for the employee who asked, and empties once the manager decides', async () => {
    const mine = (await org.as.employee.get('/api/v1/development/approvals')).json();
    expect(mine.total).toBe(0);
    const inbox = (await org.as.manager.get('/api/v1/development/approvals')).json();
    expect((await org.as.manager.post(`/api/v1/plans/${inbox.plans[0].id}/agree`)).statusCode).toBe(200);
    const after = (await org.as.manager.get('/api/v1/development/approvals')).json();
    expect(after.counts.plans).toBe(0);
    expect(after.total).toBe(4);
  });

  it("never shows another organisation's requests", async () => {
    const theirs = (await other.as.manager.get('/api/v1/development/approvals')).json();
    expect(theirs.total).toBe(0);
    expect(JSON.stringify(theirs)).not.toContain(org.people.employee.id);
  });

  it('needs a signed-in person: 401 signed out, 403 for an API token', async () => {
    expect((await org.anonymous.get('/api/v1/development/approvals')).statusCode).toBe(401);
    const token = await org.as.owner.post('/api/v1/api-tokens', {
      name: 'HR-koppeling',
      scopes: ['people:read'],
    });
    expect(token.statusCode).toBe(201);
    const integration = new Client(app, null, null, { authorization: `Bearer ${token.json().token}` });
    expect((await integration.get('/api/v1/development/approvals')).statusCode).toBe(403);
  });
});
