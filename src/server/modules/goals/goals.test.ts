import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let openGoalId: string;
let secretGoalId: string;
let keyResultId: string;

type GoalDetail = {
  goal: {
    id: string;
    progress: number;
    keyResults: { id: string; progress: number; currentValue: number }[];
  };
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  // The manager heads Team Noord, so may write its team goals.
  await db
    .updateTable('org_units')
    .set({ head_id: org.people.manager.id })
    .where('id', '=', org.unit.id)
    .execute();
});

describe('statements, values and competencies', () => {
  it('keeps every version of the mission with who saved it; readers get their language', async () => {
    const first = await org.as.owner.post('/api/v1/direction/statements', {
      kind: 'mission',
      locale: 'nl',
      body: 'Wij zorgen voor ouderen.',
      periodStart: '2027-01-01',
      periodEnd: '2029-12-31',
    });
    expect(first.statusCode).toBe(201);
    await org.as.hrAdmin.post('/api/v1/direction/statements', {
      kind: 'mission',
      locale: 'nl',
      body: 'Wij zorgen samen voor ouderen, thuis en in huis.',
    });
    await org.as.owner.post('/api/v1/direction/statements', {
      kind: 'mission',
      locale: 'en',
      body: 'We care for older people, together.',
    });
    const history = (await org.as.owner.get('/api/v1/direction/statements?kind=mission&locale=nl')).json<
      { version: number; body: string; createdBy: { name: string }; periodEnd: string }[]
    >();
    expect(history.map((h) => h.version)).toEqual([2, 1]);
    expect(history[0]!.createdBy.name).toContain('Hanna');
    expect(history[0]!.periodEnd).toBe('2029-12-31');
    const dutch = (await org.as.employee.get('/api/v1/direction')).json<{
      statements: { mission: { body: string } };
    }>();
    expect(dutch.statements.mission.body).toBe('Wij zorgen samen voor ouderen, thuis en in huis.');
    await org.as.employee.patch('/api/v1/me', { locale: 'en' });
    const english = (await org.as.employee.get('/api/v1/direction')).json<{
      statements: { mission: { body: string }; vision: null };
    }>();
    expect(english.statements.mission.body).toBe('We care for older people, together.');
    expect(english.statements.vision).toBeNull();
    await org.as.employee.patch('/api/v1/me', { locale: 'nl' });
    expect((await org.as.employee.get('/api/v1/direction/statements?kind=mission')).statusCode).toBe(403);
    expect(
      (
        await org.as.employee.post('/api/v1/direction/statements', {
          kind: 'mission',
          locale: 'nl',
          body: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('adds values and competencies with behaviours per level, drafts hidden from employees', async () => {
    const value = await org.as.owner.post('/api/v1/direction/values', {
      name: 'Betrokken',
      description: 'We kennen onze cliënten.',
      behaviours: [
        { level: 2, description: 'Betrekt familie bij de zorg.' },
        { level: 1, description: 'Vraagt door.' },
      ],
    });
    expect(value.statusCode).toBe(201);
    expect(value.json<{ behaviours: { level: number }[] }>().behaviours.map((b) => b.level)).toEqual([1, 2]);
    await org.as.owner.post('/api/v1/direction/values', { name: 'Nog geheim', status: 'draft' });
    const competency = (
      await org.as.owner.post('/api/v1/direction/competencies', { name: 'Samenwerken' })
    ).json<{ id: string }>();
    const skillId = '7b0b5b0e-2f0a-4c7e-9d6f-6c1c7a1f0a11';
    const linked = await org.as.owner.put(`/api/v1/direction/competencies/${competency.id}/skills`, {
      skillIds: [skillId],
    });
    // A skill that is not in the organisation's framework is refused (competency-skills.test.ts links real ones).
    expect(linked.json<{ errors: { field: string; code: string }[] }>().errors[0]).toMatchObject({
      field: 'skillIds.0',
      code: 'unknownReference',
    });
    const seen = (await org.as.employee.get('/api/v1/direction/values')).json<{ name: string }[]>();
    expect(seen.map((v) => v.name)).toEqual(['Betrokken']);
    expect((await org.as.owner.get('/api/v1/direction/values')).json<unknown[]>()).toHaveLength(2);
    expect(
      (await other.as.owner.patch(`/api/v1/direction/competencies/${competency.id}`, { name: 'x' }))
        .statusCode,
    ).toBe(404);
    const bad = await org.as.owner.post('/api/v1/direction/values', { name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toContain('name');
  });
});

describe('organisation goals', () => {
  it('are written by management with key results; check-ins move progress', async () => {
    const created = await org.as.owner.post('/api/v1/goals', {
      title: 'Minder verzuim',
      status: 'active',
      ownerId: org.people.manager.id,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      keyResults: [{ metric: 'Verzuim', startValue: 8, targetValue: 5, unit: '%' }],
    });
    expect(created.statusCode).toBe(201);
    const detail = created.json<GoalDetail>();
    openGoalId = detail.goal.id;
    keyResultId = detail.goal.keyResults[0]!.id;
    expect(detail.goal.progress).toBe(0);

    const checkIn = await org.as.manager.post(`/api/v1/goals/key-results/${keyResultId}/check-ins`, {
      value: 6.5,
      comment: 'Eerste kwartaal: 6,5%.',
    });
    expect(checkIn.statusCode).toBe(201);
    const after = (await org.as.employee.get(`/api/v1/goals/${openGoalId}`)).json<
      GoalDetail & { checkIns: { comment: string; by: { id: string } }[] }
    >();
    expect(after.goal.keyResults[0]!.currentValue).toBe(6.5);
    expect(after.goal.progress).toBeCloseTo(0.5);
    expect(after.checkIns[0]).toMatchObject({
      comment: 'Eerste kwartaal: 6,5%.',
      by: { id: org.people.manager.id },
    });
    expect(
      (await org.as.employee.post(`/api/v1/goals/key-results/${keyResultId}/check-ins`, { value: 1 }))
        .statusCode,
    ).toBe(403);
  });

  it('are edited by management: owner, wording and period; an owner from elsewhere is refused', async () => {
    const created = await org.as.owner.post('/api/v1/goals', {
      title: 'Meer stageplekken',
      status: 'active',
    });
    expect(created.statusCode, created.body).toBe(201);
    const goalId = created.json<GoalDetail>().goal.id;
    const edited = await org.as.owner.patch(`/api/v1/goals/${goalId}`, {
      title: 'Meer stageplekken in 2027',
      ownerId: org.people.hrAdmin.id,
      periodEnd: '2027-06-30',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const seenResponse = await org.as.employee.get(`/api/v1/goals/${goalId}`);
    expect(seenResponse.statusCode, seenResponse.body).toBe(200);
    const seen = seenResponse.json();
    expect(seen.goal).toMatchObject({
      title: 'Meer stageplekken in 2027',
      owner: { id: org.people.hrAdmin.id },
      periodEnd: '2027-06-30',
    });
    const foreign = await org.as.owner.patch(`/api/v1/goals/${goalId}`, { ownerId: other.people.owner.id });
    expect(foreign.json().errors[0]).toMatchObject({ field: 'ownerId', code: 'unknownReference' });
    const backwards = await org.as.owner.patch(`/api/v1/goals/${goalId}`, { periodStart: '2028-01-01' });
    expect(backwards.statusCode).toBe(400);
    expect((await org.as.employee.patch(`/api/v1/goals/${goalId}`, { title: 'Van mij' })).statusCode).toBe(
      403,
    );
    // Changing only the status leaves everything else as it was (no defaults fill in unsent fields).
    await org.as.owner.patch(`/api/v1/goals/${goalId}`, {
      isConfidential: true,
      description: 'Met de ROC’s',
    });
    await org.as.owner.patch(`/api/v1/goals/${goalId}`, { status: 'dropped' });
    const after = (await org.as.owner.get(`/api/v1/goals/${goalId}`)).json().goal;
    expect(after).toMatchObject({
      status: 'dropped',
      isConfidential: true,
      description: 'Met de ROC’s',
      owner: { id: org.people.hrAdmin.id },
    });
  });

  it('keeps confidential goals invisible to employees everywhere', async () => {
    const secret = await org.as.owner.post('/api/v1/goals', {
      title: 'Locatie Oost sluiten',
      status: 'active',
      isConfidential: true,
      keyResults: [{ metric: 'Cliënten verhuisd', targetValue: 40 }],
    });
    secretGoalId = secret.json<GoalDetail>().goal.id;
    const secretKr = secret.json<GoalDetail>().goal.keyResults[0]!.id;
    const team = await org.as.owner.post('/api/v1/goals/team-goals', {
      orgUnitId: org.unit.id,
      title: 'Teamplan verhuizing',
      alignedGoalIds: [openGoalId, secretGoalId],
    });
    expect(team.statusCode).toBe(201);

    for (const url of [
      '/api/v1/goals',
      '/api/v1/goals/tree',
      '/api/v1/goals/team-goals',
      '/api/v1/direction/why-and-what',
      `/api/v1/goals/${openGoalId}`,
    ]) {
      const response = await org.as.employee.get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain('Locatie Oost');
      expect(response.body, url).not.toContain(secretGoalId);
    }
    expect((await org.as.employee.get(`/api/v1/goals/${secretGoalId}`)).statusCode).toBe(404);
    expect((await org.as.ldAdmin.get(`/api/v1/goals/${secretGoalId}`)).statusCode).toBe(404);
    expect(
      (await org.as.owner.post(`/api/v1/goals/key-results/${secretKr}/check-ins`, { value: 3 })).statusCode,
    ).toBe(201);
    expect(
      (await org.as.manager.post(`/api/v1/goals/key-results/${secretKr}/check-ins`, { value: 3 })).statusCode,
    ).toBe(404);
    expect((await org.as.hrAdmin.get(`/api/v1/goals/${secretGoalId}`)).json<GoalDetail>().goal.id).toBe(
      secretGoalId,
    );
    const tree = (await org.as.hrAdmin.get('/api/v1/goals/tree')).json<
      { id: string; teamGoals: unknown[] }[]
    >();
    expect(tree.find((g) => g.id === secretGoalId)!.teamGoals).toHaveLength(1);
  });

  it('hides drafts from employees and refuses other roles and organisations', async () => {
    const draft = (await org.as.owner.post('/api/v1/goals', { title: 'Concept' })).json<GoalDetail>();
    expect((await org.as.employee.get(`/api/v1/goals/${draft.goal.id}`)).statusCode).toBe(404);
    expect((await org.as.manager.post('/api/v1/goals', { title: 'x' })).statusCode).toBe(403);
    expect((await org.as.employee.patch(`/api/v1/goals/${openGoalId}`, { title: 'x' })).statusCode).toBe(403);
    expect((await other.as.owner.patch(`/api/v1/goals/${openGoalId}`, { title: 'x' })).statusCode).toBe(404);
    expect((await other.as.owner.get(`/api/v1/goals/${openGoalId}`)).statusCode).toBe(404);
    expect(
      (await other.as.owner.post(`/api/v1/goals/${openGoalId}/key-results`, { metric: 'x', targetValue: 1 }))
        .statusCode,
    ).toBe(404);
    const bad = await org.as.owner.post('/api/v1/goals', {
      title: 'x',
      periodStart: '2027-06-01',
      periodEnd: '2027-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toContain('periodEnd');
  });
});

describe('team goals', () => {
  it('are written by the head of the unit, aligned to goals, shown in the tree and on the why-and-what page', async () => {
    const created = await org.as.manager.post('/api/v1/goals/team-goals', {
      orgUnitId: org.unit.id,
      title: 'Elke collega één verzuimgesprek-training',
      alignedGoalIds: [openGoalId],
    });
    expect(created.statusCode).toBe(201);
    const elsewhere = await buildOrgUnit(db, org.organisation.id, { name: 'Team Zuid' });
    const refused = await org.as.manager.post('/api/v1/goals/team-goals', {
      orgUnitId: elsewhere.id,
      title: 'x',
      alignedGoalIds: [openGoalId],
    });
    expect(refused.statusCode).toBe(403);
    const unknownGoal = await org.as.manager.post('/api/v1/goals/team-goals', {
      orgUnitId: org.unit.id,
      title: 'x',
      alignedGoalIds: [secretGoalId],
    });
    expect(unknownGoal.statusCode).toBe(400);
    expect(unknownGoal.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('alignedGoalIds');
    expect(
      (
        await org.as.employee.post('/api/v1/goals/team-goals', {
          orgUnitId: org.unit.id,
          title: 'x',
          alignedGoalIds: [openGoalId],
        })
      ).statusCode,
    ).toBe(403);

    const tree = (await org.as.employee.get('/api/v1/goals/tree')).json<
      { id: string; teamGoals: { title: string }[] }[]
    >();
    expect(tree.find((g) => g.id === openGoalId)!.teamGoals.map((t) => t.title)).toContain(
      'Elke collega één verzuimgesprek-training',
    );
    const page = (await org.as.employee.get('/api/v1/direction/why-and-what')).json<{
      mission: { body: string };
      values: { name: string }[];
      goals: { id: string }[];
      teamGoals: { title: string; orgUnit: { name: string }; alignedGoalIds: string[] }[];
      planGoals: unknown[];
    }>();
    expect(page.mission.body).toContain('Wij zorgen samen');
    expect(page.values.map((v) => v.name)).toEqual(['Betrokken']);
    expect(page.goals.map((g) => g.id)).toEqual([openGoalId]);
    expect(page.teamGoals.map((t) => t.title)).toEqual([
      'Teamplan verhuizing',
      'Elke collega één verzuimgesprek-training',
    ]);
    expect(page.teamGoals[0]!.alignedGoalIds).toEqual([openGoalId]);
    expect(page.planGoals).toEqual([]);
    const other404 = await other.as.owner.patch(
      `/api/v1/goals/team-goals/${created.json<{ id: string }>().id}`,
      { title: 'x' },
    );
    expect(other404.statusCode).toBe(404);
  });

  it('are changed in place by the unit head, as the edit form sends them; an empty alignment is named', async () => {
    const created = await org.as.manager.post('/api/v1/goals/team-goals', {
      orgUnitId: org.unit.id,
      title: 'Iedereen BHV',
      alignedGoalIds: [openGoalId],
    });
    const id = created.json<{ id: string }>().id;
    const changed = await org.as.manager.patch(`/api/v1/goals/team-goals/${id}`, {
      title: 'Iedereen BHV-gecertificeerd',
      description: 'Ook de invalkrachten.',
      alignedGoalIds: [openGoalId],
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      status: 'achieved',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      title: 'Iedereen BHV-gecertificeerd',
      description: 'Ook de invalkrachten.',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      status: 'achieved',
      alignedGoalIds: [openGoalId],
    });
    const empty = await org.as.manager.patch(`/api/v1/goals/team-goals/${id}`, { alignedGoalIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ errors: { field: string; code: string }[] }>().errors[0]).toMatchObject({
      field: 'alignedGoalIds',
      code: 'chooseOne',
    });
    const backwards = await org.as.manager.patch(`/api/v1/goals/team-goals/${id}`, {
      periodStart: '2026-06-01',
      periodEnd: '2026-01-01',
    });
    expect(backwards.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('periodEnd');
    expect((await org.as.employee.patch(`/api/v1/goals/team-goals/${id}`, { title: 'x' })).statusCode).toBe(
      403,
    );
  });
});
