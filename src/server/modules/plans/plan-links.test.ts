import { beforeAll, describe, expect, it } from 'vitest';
import { inDays, thisYear } from '../../test/calendar.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

const { app, db, config } = await startTestApp();
const year = thisYear();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let planId: string;
const ids = { goal: '', secret: '', team: '', skill: '', role: '', foreignGoal: '' };

type Problem = { errors: { field: string; code: string }[] };

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const goalId = async (client: typeof org.as.owner, body: object) =>
    (await client.post('/api/v1/goals', { status: 'active', ...body })).json<{ goal: { id: string } }>().goal
      .id;
  ids.goal = await goalId(org.as.owner, { title: 'Zorg dichtbij huis' });
  ids.secret = await goalId(org.as.owner, { title: 'Locatie Oost sluiten', isConfidential: true });
  ids.foreignGoal = await goalId(other.as.owner, { title: 'Elders' });
  ids.team = (
    await org.as.owner.post('/api/v1/goals/team-goals', {
      orgUnitId: org.unit.id,
      title: 'Wondzorg in de wijk',
      status: 'active',
      alignedGoalIds: [ids.goal],
    })
  ).json<{ id: string }>().id;
  ids.skill = (
    await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Wondzorg', en: 'Wound care' } })
  ).json<{ id: string }>().id;
  ids.role = (
    await org.as.hrAdmin.post('/api/v1/job-roles', { name: { nl: 'Wondverpleegkundige', en: 'Wound nurse' } })
  ).json<{ id: string }>().id;
  planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
});

const addGoal = (body: object, client = org.as.employee, plan = planId) =>
  client.post(`/api/v1/plans/${plan}/goals`, { title: 'Doel', ...body });

describe('what a plan goal serves', () => {
  it('refuses links to things that do not exist in the organisation, naming the field', async () => {
    for (const [servesKind, servesId] of [
      ['organisation_goal', ids.foreignGoal],
      ['team_goal', ids.goal],
      ['skill', ids.role],
      ['job_role', ids.skill],
    ]) {
      const refused = await addGoal({ servesKind, servesId });
      expect(refused.statusCode, servesKind).toBe(400);
      expect(refused.json<Problem>().errors[0]).toMatchObject({
        field: 'servesId',
        code: 'unknownReference',
      });
    }
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<{ goals: unknown[] }>();
    expect(plan.goals).toEqual([]);
  });

  it('lets only people who may see a confidential goal link to it', async () => {
    const refused = await addGoal({ servesKind: 'organisation_goal', servesId: ids.secret });
    expect(refused.json<Problem>().errors[0]).toMatchObject({ field: 'servesId', code: 'unknownReference' });
    const ownerPlan = (await org.as.owner.post('/api/v1/plans', {})).json<{ id: string }>().id;
    const linked = await addGoal(
      { servesKind: 'organisation_goal', servesId: ids.secret },
      org.as.owner,
      ownerPlan,
    );
    expect(linked.statusCode).toBe(201);
    expect(linked.json<{ goals: { serves: { title: string } }[] }>().goals[0]!.serves.title).toBe(
      'Locatie Oost sluiten',
    );
  });

  it('returns the title or name of what each goal serves, in the reader’s language', async () => {
    await addGoal({ title: 'Dichtbij', servesKind: 'organisation_goal', servesId: ids.goal });
    await addGoal({ title: 'Team', servesKind: 'team_goal', servesId: ids.team });
    await addGoal({ title: 'Vaardig', servesKind: 'skill', servesId: ids.skill, targetLevel: 4 });
    const last = await addGoal({ title: 'Rol', servesKind: 'job_role', servesId: ids.role });
    type Goal = { title: string; serves: { kind: string; title: string | null; targetLevel: number | null } };
    const goals = last.json<{ goals: Goal[] }>().goals;
    expect(goals.map((g) => [g.title, g.serves.title])).toEqual([
      ['Dichtbij', 'Zorg dichtbij huis'],
      ['Team', 'Wondzorg in de wijk'],
      ['Vaardig', 'Wondzorg'],
      ['Rol', 'Wondverpleegkundige'],
    ]);
    expect(goals[2]!.serves.targetLevel).toBe(4);
    const changed = await org.as.employee.patch(
      `/api/v1/plans/${planId}/goals/${last.json<{ goals: { id: string }[] }>().goals[3]!.id}`,
      { servesId: ids.skill },
    );
    expect(changed.json<Problem>().errors[0]).toMatchObject({ field: 'servesId', code: 'unknownReference' });
  });

  it('shows my plan goals as the last step of "waarom en wat"', async () => {
    const line = (await org.as.employee.get('/api/v1/direction/why-and-what')).json<{
      planGoals: { title: string; servesKind: string; servesId: string }[];
    }>();
    expect(line.planGoals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Dichtbij', servesKind: 'organisation_goal', servesId: ids.goal }),
        expect.objectContaining({ title: 'Team', servesKind: 'team_goal', servesId: ids.team }),
      ]),
    );
    const managerLine = (await org.as.manager.get('/api/v1/direction/why-and-what')).json<{
      planGoals: unknown[];
    }>();
    expect(managerLine.planGoals).toEqual([]);
  });
});

describe('the skill a plan goal develops', () => {
  it('links a goal to an organisation goal and a skill with a target level', async () => {
    const added = await addGoal({
      title: 'Specialist wondzorg',
      servesKind: 'organisation_goal',
      servesId: ids.goal,
      skillId: ids.skill,
      skillTargetLevel: 3,
    });
    expect(added.statusCode).toBe(201);
    type Goal = { id: string; title: string; serves: { title: string }; skill: unknown };
    const goal = added.json<{ goals: Goal[] }>().goals.find((g) => g.title === 'Specialist wondzorg')!;
    expect(goal.serves.title).toBe('Zorg dichtbij huis');
    expect(goal.skill).toEqual({ id: ids.skill, name: 'Wondzorg', targetLevel: 3 });
    // Suggestions for the goal start from the skill it develops.
    const tagged = await org.as.ldAdmin.post(
      '/api/v1/catalogue/items',
      article('Wonden beoordelen', { serves: [{ kind: 'skill', id: ids.skill }] }),
    );
    expect(tagged.statusCode).toBe(201);
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${tagged.json<{ id: string }>().id}/status`, {
      status: 'published',
    });
    const suggestions = (await org.as.employee.get(`/api/v1/plans/suggestions?goalId=${goal.id}`)).json<
      { title: string }[]
    >();
    expect(suggestions.map((s) => s.title)).toContain('Wonden beoordelen');
  });

  it('refuses a skill of another organisation or a job role as the skill, naming skillId', async () => {
    const foreignSkill = (
      await other.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Elders', en: 'Elsewhere' } })
    ).json<{ id: string }>().id;
    for (const skillId of [foreignSkill, ids.role]) {
      const refused = await addGoal({ title: 'Niet', skillId });
      expect(refused.statusCode).toBe(400);
      expect(refused.json<Problem>().errors[0]).toMatchObject({ field: 'skillId', code: 'unknownReference' });
    }
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<{
      goals: { id: string; title: string }[];
    }>();
    expect(plan.goals.map((g) => g.title)).not.toContain('Niet');
    const goalId = plan.goals[0]!.id;
    const changed = await org.as.employee.patch(`/api/v1/plans/${planId}/goals/${goalId}`, {
      skillId: foreignSkill,
    });
    expect(changed.json<Problem>().errors[0]).toMatchObject({ field: 'skillId', code: 'unknownReference' });
  });
});

describe('buddies in the mentor finder', () => {
  it('lists people who promised to be a buddy in a learning agreement on the skill, and they can be asked', async () => {
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<{
      goals: { id: string; serves: { kind: string } }[];
    }>();
    const skillGoal = plan.goals.find((g) => g.serves.kind === 'skill')!;
    const agreement = await org.as.employee.post('/api/v1/learning-agreements', {
      title: 'Post-hbo Wondzorg',
      application: 'Ik neem complexe wonden over van collega’s.',
      isWillingBuddy: true,
      goalId: skillGoal.id,
      startsOn: inDays(-1),
    });
    expect(agreement.statusCode).toBe(201);
    const mentors = (await org.as.manager.get(`/api/v1/mentors?skillId=${ids.skill}`)).json<
      { person: { id: string }; buddyFor: string | null }[]
    >();
    expect(mentors).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ id: org.people.employee.id }),
        buddyFor: 'Post-hbo Wondzorg',
      }),
    ]);
    expect((await org.as.employee.get(`/api/v1/mentors?skillId=${ids.skill}`)).json()).toEqual([]);
    const asked = await org.as.manager.post('/api/v1/mentors/requests', {
      mentorId: org.people.employee.id,
      skillId: ids.skill,
    });
    expect(asked.statusCode).toBe(201);
  });
});

describe('development notifications', () => {
  it('put personal requests on the bell and in the mail, reminders on the bell only', async () => {
    await org.as.hrAdmin.post('/api/v1/conversation-cycles', {
      name: 'Gesprekken',
      templateKey: 'functioneringsgesprek',
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      preparationDue: inDays(2),
      signOffDue: `${year}-12-31`,
    });
    const conversationId = (await org.as.employee.get('/api/v1/conversations/mine')).json<
      { id: string }[]
    >()[0]!.id;
    await org.as.manager.put(`/api/v1/conversations/${conversationId}/meeting`, {
      meetingAt: `${year}-12-10T09:00:00Z`,
    });
    await runJob('conversations.reminders', { db, config });
    await runJob('learning-agreements.followups', { db, config });
    type Bell = { items: { kind: string; title: string; link: string | null }[] };
    const bell = (await org.as.employee.get('/api/v1/notifications')).json<Bell>().items;
    const invite = bell.find((n) => n.kind === 'conversation_invite');
    expect(invite).toMatchObject({ link: `/development/conversations/${conversationId}` });
    expect(invite!.title).toContain('Uitnodiging: Gesprekken');
    expect(bell.map((n) => n.kind)).toContain('conversation_reminder');
    const mail = await db
      .selectFrom('outbox_messages')
      .select('kind')
      .where('to_address', '=', org.people.employee.email)
      .execute();
    expect(mail.map((m) => m.kind)).toContain('conversation_invite');
    expect(mail.map((m) => m.kind)).not.toContain('conversation_reminder');
    const rows = await db
      .selectFrom('notifications')
      .select(['kind', 'emailed_at'])
      .where('person_id', '=', org.people.employee.id)
      .execute();
    expect(rows.find((r) => r.kind === 'conversation_invite')!.emailed_at).not.toBeNull();
    expect(rows.find((r) => r.kind === 'conversation_reminder')!.emailed_at).toBeNull();
  });
});
