import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let colleague: { id: string; client: Client };

type Workout = {
  id: string;
  title: string;
  status: string;
  participants: { person: { id: string }; reflection: string | null }[];
  nextSteps: { kind: string; title: string; landedIn: string | null }[];
  reflectionCount: number;
};
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const person = await buildPerson(db, org.organisation.id, {
    givenName: 'Sanne',
    managerId: org.people.manager.id,
    orgUnitId: org.unit.id,
    password: testPassword,
  });
  colleague = { id: person.id, client: await signInAs(app, person) };
});

describe('the WorkOut library', () => {
  it('ships WorkOuts in the reader’s language', async () => {
    const nl = (await org.as.manager.get('/api/v1/workouts/library')).json<
      { key: string; title: string }[]
    >();
    expect(nl.length).toBeGreaterThanOrEqual(8);
    expect(nl.find((w) => w.key === 'feedback-week')).toMatchObject({
      title: 'Een week feedback vragen',
      theme: 'Feedback geven',
    });
    const english = await buildPerson(db, org.organisation.id, {
      givenName: 'Grace',
      locale: 'en',
      password: testPassword,
    });
    const en = await (await signInAs(app, english)).get('/api/v1/workouts/library');
    expect(en.json<{ key: string; title: string }[]>().find((w) => w.key === 'feedback-week')?.title).toBe(
      'A week of asking for feedback',
    );
  });

  it('takes a manager’s own WorkOut', async () => {
    const created = await org.as.manager.post('/api/v1/workouts/templates', {
      language: 'nl',
      title: 'Samen de medicatieronde doorlopen',
      theme: 'Medicatieveiligheid',
      assignment: 'Loop samen een medicatieronde door en noteer waar het mis kan gaan.',
      reflectionQuestion: 'Waar let jij voortaan extra op?',
      durationMinutes: 30,
    });
    expect(created.statusCode).toBe(201);
    const library = (await org.as.manager.get('/api/v1/workouts/library')).json<
      { source: string; title: string }[]
    >();
    expect(library).toContainEqual(
      expect.objectContaining({ source: 'own', title: 'Samen de medicatieronde doorlopen' }),
    );
  });
});

describe('running a WorkOut with the team', () => {
  let workout: Workout;

  it('a manager plans one with direct reports; the manager takes part too', async () => {
    const planned = await org.as.manager.post('/api/v1/workouts', {
      libraryKey: 'feedback-week',
      plannedOn: today(),
      participantIds: [org.people.employee.id, colleague.id],
    });
    expect(planned.statusCode).toBe(201);
    workout = planned.json<Workout>();
    expect(workout).toMatchObject({ title: 'Een week feedback vragen', status: 'planned' });
    expect(workout.participants.map((p) => p.person.id).sort()).toEqual(
      [org.people.manager.id, org.people.employee.id, colleague.id].sort(),
    );
    // The team sees it in their list.
    const mine = (await org.as.employee.get('/api/v1/workouts')).json<{ id: string; isMine: boolean }[]>();
    expect(mine).toContainEqual(expect.objectContaining({ id: workout.id, isMine: false }));
  });

  it('each member adds a short reflection the team can read', async () => {
    const reflected = await org.as.employee.put(`/api/v1/workouts/${workout.id}/reflection`, {
      text: 'Ik vroeg Sanne om feedback op mijn overdracht: ik mag rustiger praten.',
    });
    expect(reflected.statusCode).toBe(200);
    await colleague.client.put(`/api/v1/workouts/${workout.id}/reflection`, {
      text: 'Fijn om te horen dat mijn rapportages duidelijk zijn.',
    });
    const seen = (await colleague.client.get(`/api/v1/workouts/${workout.id}`)).json<Workout>();
    expect(seen.reflectionCount).toBe(2);
    expect(seen.participants.find((p) => p.person.id === org.people.employee.id)?.reflection).toContain(
      'rustiger praten',
    );
  });

  it('the manager closes it with next steps that land in a personal plan and as a team goal', async () => {
    const goal = await org.as.owner.post('/api/v1/goals', {
      title: 'Een lerende organisatie',
      status: 'active',
    });
    expect(goal.statusCode).toBe(201);
    await db
      .updateTable('org_units')
      .set({ head_id: org.people.manager.id })
      .where('id', '=', org.unit.id)
      .execute();
    const done = await org.as.manager.post(`/api/v1/workouts/${workout.id}/complete`, {
      nextSteps: [
        {
          kind: 'personal',
          personId: org.people.employee.id,
          title: 'Bij elke overdracht om één tip vragen',
        },
        {
          kind: 'team',
          title: 'Maandelijks een feedbackronde in het teamoverleg',
          orgUnitId: org.unit.id,
          alignedGoalId: goal.json<{ goal: { id: string } }>().goal.id,
        },
      ],
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<Workout>()).toMatchObject({
      status: 'done',
      nextSteps: [
        { kind: 'personal', landedIn: 'plan' },
        { kind: 'team', landedIn: 'teamGoal' },
      ],
    });
    // The personal step is an action in Emre's plan, marked as coming from a WorkOut.
    const plan = (await org.as.employee.get('/api/v1/plans/mine')).json<{
      plan: { actions: { title: string; source: string }[] };
    }>();
    expect(plan.plan.actions).toContainEqual(
      expect.objectContaining({ title: 'Bij elke overdracht om één tip vragen', source: 'workout' }),
    );
    // The team step is a team goal of the unit.
    const teamGoals = (await org.as.manager.get(`/api/v1/goals/team-goals?unitId=${org.unit.id}`)).json<
      { title: string }[]
    >();
    expect(teamGoals.map((g) => g.title)).toContain('Maandelijks een feedbackronde in het teamoverleg');
    // The manager sees it done in the list.
    const list = (await org.as.manager.get('/api/v1/workouts')).json<{ id: string; status: string }[]>();
    expect(list.find((w) => w.id === workout.id)?.status).toBe('done');
  });

  it('books learning time for everyone who reflected and the manager, once', async () => {
    const week = async (client: Client) =>
      (await client.get(`/api/v1/learning-time/week?week=${today()}`)).json<{
        entries: { source: string; minutes: number }[];
      }>();
    for (const client of [org.as.employee, org.as.manager, colleague.client])
      expect((await week(client)).entries.filter((e) => e.source === 'workout')).toEqual([
        expect.objectContaining({ minutes: 45 }),
      ]);
  });

  it('a done WorkOut takes no more reflections or a second completion', async () => {
    expect(
      (await org.as.employee.put(`/api/v1/workouts/${workout.id}/reflection`, { text: 'Nog iets' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await org.as.manager.post(`/api/v1/workouts/${workout.id}/complete`, { nextSteps: [] })).statusCode,
    ).toBe(409);
  });
});
