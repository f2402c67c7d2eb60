import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { thisYear } from '../../test/calendar.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let colleague: Client;
let planId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, {
    givenName: 'Cas',
    password: testPassword,
    managerId: org.people.manager.id,
  });
  colleague = await signInAs(app, person);
});

describe('a development plan', () => {
  it('starts empty for this year and is created once', async () => {
    const mine = (await org.as.employee.get('/api/v1/plans/mine')).json();
    expect(mine).toMatchObject({ period: String(thisYear()), plan: null });
    const created = await org.as.employee.post('/api/v1/plans', {});
    expect(created.statusCode).toBe(201);
    planId = created.json().id;
    expect(created.json()).toMatchObject({ state: 'draft', goals: [], can: { edit: true, share: true } });
    expect((await org.as.employee.post('/api/v1/plans', {})).statusCode).toBe(409);
  });

  it('takes goals linked to what they serve, and actions under them', async () => {
    const goalId = (
      await org.as.owner.post('/api/v1/goals', { title: 'Zorg dichtbij huis', status: 'active' })
    ).json<{ goal: { id: string } }>().goal.id;
    const withGoal = await org.as.employee.post(`/api/v1/plans/${planId}/goals`, {
      title: 'Wondzorg op specialistisch niveau',
      why: 'Steeds meer complexe wonden in de wijk',
      servesKind: 'organisation_goal',
      servesId: goalId,
      servesLabel: 'Zorg dichtbij huis',
      successMeasure: 'Zelfstandig complexe wonden behandelen',
      targetDate: '2026-12-01',
    });
    expect(withGoal.statusCode).toBe(201);
    const goal = withGoal.json().goals[0];
    expect(goal.serves).toEqual({
      kind: 'organisation_goal',
      id: goalId,
      title: 'Zorg dichtbij huis',
      label: 'Zorg dichtbij huis',
      targetLevel: null,
    });
    const withAction = await org.as.employee.post(`/api/v1/plans/${planId}/actions`, {
      goalId: goal.id,
      kind: 'external_training',
      title: 'Post-hbo Wondverpleegkundige',
    });
    expect(withAction.json().actions[0]).toMatchObject({
      kind: 'external_training',
      goalId: goal.id,
      isDone: false,
    });
  });

  it('answers 400 naming the field for a bad goal', async () => {
    const response = await org.as.employee.post(`/api/v1/plans/${planId}/goals`, {
      title: '',
      progress: 300,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('title');
    const foreignGoal = await org.as.employee.post(`/api/v1/plans/${planId}/actions`, {
      goalId: '22222222-2222-4222-8222-222222222222',
      kind: 'other',
      title: 'x',
    });
    expect(foreignGoal.json().errors[0].field).toBe('goalId');
  });

  it('stays private while a draft: manager, HR and colleagues get 404', async () => {
    for (const client of [org.as.manager, org.as.hrAdmin, colleague])
      expect((await client.get(`/api/v1/plans/${planId}`)).statusCode).toBe(404);
    expect((await org.as.manager.get('/api/v1/plans?scope=team')).json()).toEqual([]);
  });

  it('HR sees a draft plan only as a state in the organisation overview', async () => {
    const overview = (await org.as.hrAdmin.get('/api/v1/plans?scope=organisation')).json();
    expect(overview).toHaveLength(1);
    expect(overview[0]).toMatchObject({ state: 'draft', goals: 1 });
    expect((await org.as.manager.get('/api/v1/plans?scope=organisation')).statusCode).toBe(403);
  });

  it('once shared the manager and HR see it, a colleague still does not', async () => {
    const shared = await org.as.employee.post(`/api/v1/plans/${planId}/share`);
    expect(shared.json().state).toBe('shared');
    const asManager = await org.as.manager.get(`/api/v1/plans/${planId}`);
    expect(asManager.json()).toMatchObject({ state: 'shared', can: { agree: true, edit: false } });
    expect((await org.as.hrAdmin.get(`/api/v1/plans/${planId}`)).json().can).toMatchObject({
      agree: false,
      comment: false,
    });
    expect((await colleague.get(`/api/v1/plans/${planId}`)).statusCode).toBe(404);
    expect((await org.as.manager.get('/api/v1/plans?scope=team')).json()[0].person.id).toBe(
      org.people.employee.id,
    );
  });

  it('only the manager agrees; the owner cannot change it as a manager would', async () => {
    expect((await org.as.employee.post(`/api/v1/plans/${planId}/agree`)).statusCode).toBe(403);
    expect((await org.as.hrAdmin.post(`/api/v1/plans/${planId}/agree`)).statusCode).toBe(403);
    expect((await org.as.manager.post(`/api/v1/plans/${planId}/goals`, { title: 'x' })).statusCode).toBe(403);
    const agreed = await org.as.manager.post(`/api/v1/plans/${planId}/agree`);
    expect(agreed.json().state).toBe('agreed');
    const commented = await org.as.manager.post(`/api/v1/plans/${planId}/notes`, {
      body: 'Mooi plan, ga ervoor.',
    });
    expect(commented.json().notes[0]).toMatchObject({
      kind: 'manager_comment',
      body: 'Mooi plan, ga ervoor.',
    });
  });

  it('progress keeps the agreement, a new goal asks for it again', async () => {
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json();
    const goalId = plan.goals[0].id;
    const progressed = await org.as.employee.patch(`/api/v1/plans/${planId}/goals/${goalId}`, {
      progress: 40,
      status: 'in_progress',
    });
    expect(progressed.json()).toMatchObject({
      state: 'agreed',
      goals: [{ progress: 40, status: 'in_progress' }],
    });
    const reflected = await org.as.employee.post(`/api/v1/plans/${planId}/notes`, {
      body: 'Eerste module gehaald',
      goalId,
    });
    expect(reflected.json().notes.at(-1)).toMatchObject({ kind: 'reflection', goalId });
    const added = await org.as.employee.post(`/api/v1/plans/${planId}/goals`, {
      title: 'Coachen van stagiairs',
    });
    expect(added.json().state).toBe('shared');
  });

  it('keeps a history of who changed what', async () => {
    const history = (await org.as.employee.get(`/api/v1/plans/${planId}/history`)).json();
    const actions = history.map((entry: { action: string }) => entry.action);
    expect(actions).toContain('development_plan.agreed');
    expect(actions).toContain('development_plan.goal_added');
    expect(history.find((e: { action: string }) => e.action === 'development_plan.agreed').actor.id).toBe(
      org.people.manager.id,
    );
    expect((await colleague.get(`/api/v1/plans/${planId}/history`)).statusCode).toBe(404);
  });

  it('is closed for edits once reviewed', async () => {
    await org.as.manager.post(`/api/v1/plans/${planId}/agree`);
    const reviewed = await org.as.manager.post(`/api/v1/plans/${planId}/review`);
    expect(reviewed.json().state).toBe('reviewed');
    expect(
      (await org.as.employee.post(`/api/v1/plans/${planId}/goals`, { title: 'Te laat' })).statusCode,
    ).toBe(409);
  });

  it('answers 401 when signed out', async () => {
    expect((await org.anonymous.get('/api/v1/plans/mine')).statusCode).toBe(401);
  });
});
