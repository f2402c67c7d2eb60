import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

// Editing own WorkOuts (the shipped library stays read-only) and the reflection reminder job.
const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let templateId: string;

type Template = {
  source: string;
  key: string;
  title: string;
  assignment: string;
  durationMinutes: number;
  language: string;
  canEdit: boolean;
};
const edit = {
  language: 'en',
  title: 'Walk the medication round together',
  theme: 'Medication safety',
  assignment: 'Walk one medication round as a pair and note where it could go wrong.',
  reflectionQuestion: 'What will you watch more closely from now on?',
  durationMinutes: 40,
};
const ownOf = async () =>
  (await org.as.manager.get('/api/v1/workouts/library'))
    .json<Template[]>()
    .find((item) => item.key === templateId)!;
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.manager.post('/api/v1/workouts/templates', {
    language: 'nl',
    title: 'Samen de medicatieronde doorlopen',
    assignment: 'Loop samen een medicatieronde door.',
    reflectionQuestion: 'Waar let jij voortaan op?',
    durationMinutes: 30,
  });
  expect(created.statusCode).toBe(201);
  templateId = created.json<{ id: string }>().id;
});

describe('editing an own WorkOut', () => {
  it('its author rewrites title, assignment, question, duration and language', async () => {
    expect(await ownOf()).toMatchObject({ canEdit: true, language: 'nl' });
    const response = await org.as.manager.put(`/api/v1/workout-templates/${templateId}`, edit);
    expect(response.statusCode).toBe(204);
    expect(await ownOf()).toMatchObject({
      title: 'Walk the medication round together',
      assignment: 'Walk one medication round as a pair and note where it could go wrong.',
      durationMinutes: 40,
      language: 'en',
      canEdit: true,
    });
  });

  it('a planned WorkOut keeps the copy it was planned with', async () => {
    const planned = await org.as.manager.post('/api/v1/workouts', {
      templateId,
      plannedOn: daysAgo(0),
      participantIds: [org.people.employee.id],
    });
    expect(planned.statusCode).toBe(201);
    const id = planned.json<{ id: string }>().id;
    await org.as.manager.put(`/api/v1/workout-templates/${templateId}`, { ...edit, title: 'Renamed later' });
    expect((await org.as.manager.get(`/api/v1/workouts/${id}`)).json<{ title: string }>().title).toBe(
      'Walk the medication round together',
    );
    await org.as.manager.put(`/api/v1/workout-templates/${templateId}`, edit);
  });

  it('L&D may edit it too; an employee who did not write it may not (403)', async () => {
    expect((await org.as.ldAdmin.put(`/api/v1/workout-templates/${templateId}`, edit)).statusCode).toBe(204);
    const refused = await org.as.employee.put(`/api/v1/workout-templates/${templateId}`, {
      ...edit,
      title: 'Hijacked',
    });
    expect(refused.statusCode).toBe(403);
    const employeeView = (await org.as.employee.get('/api/v1/workouts/library'))
      .json<Template[]>()
      .find((item) => item.key === templateId);
    expect(employeeView).toMatchObject({ canEdit: false });
    expect((await ownOf()).title).toBe(edit.title);
  });

  it('the shipped library is read-only: 409 workout_shipped', async () => {
    const response = await org.as.ldAdmin.put('/api/v1/workout-templates/feedback-week', edit);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'workout_shipped' });
    const shipped = (await org.as.manager.get('/api/v1/workouts/library'))
      .json<Template[]>()
      .find((item) => item.key === 'feedback-week');
    expect(shipped).toMatchObject({ title: 'Een week feedback vragen', canEdit: false });
  });

  it('bad input names the field and changes nothing', async () => {
    const response = await org.as.manager.put(`/api/v1/workout-templates/${templateId}`, {
      ...edit,
      title: 'Too short a duration',
      durationMinutes: 2,
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('durationMinutes');
    expect((await ownOf()).title).toBe(edit.title);
  });

  it('signed out: 401; unknown id or another organisation: 404', async () => {
    expect((await org.anonymous.put(`/api/v1/workout-templates/${templateId}`, edit)).statusCode).toBe(401);
    expect(
      (await org.as.manager.put(`/api/v1/workout-templates/${crypto.randomUUID()}`, edit)).statusCode,
    ).toBe(404);
    expect((await org.as.manager.put('/api/v1/workout-templates/no-such-key', edit)).statusCode).toBe(404);
    expect((await other.as.owner.put(`/api/v1/workout-templates/${templateId}`, edit)).statusCode).toBe(404);
    expect(
      (await other.as.owner.get('/api/v1/workouts/library')).json<Template[]>().map((t) => t.key),
    ).not.toContain(templateId);
  });
});

describe('reflection reminders', () => {
  it('reminds each participant who has not reflected, once, two days after the session', async () => {
    const english = await buildPerson(db, org.organisation.id, {
      givenName: 'Grace',
      locale: 'en',
      managerId: org.people.manager.id,
      password: testPassword,
    });
    const grace = await signInAs(app, english);
    const plan = async (plannedOn: string) => {
      const planned = await org.as.manager.post('/api/v1/workouts', {
        libraryKey: 'handover-check',
        plannedOn,
        participantIds: [org.people.employee.id, english.id],
      });
      expect(planned.statusCode).toBe(201);
      return planned.json<{ id: string }>().id;
    };
    const due = await plan(daysAgo(3));
    const recent = await plan(daysAgo(0));
    await org.as.employee.put(`/api/v1/workouts/${due}/reflection`, { text: 'Goede overdracht gedaan.' });

    const first = (await runJob('workouts.remind_reflections', { db, config })) as { reminded: number };
    const again = (await runJob('workouts.remind_reflections', { db, config })) as { reminded: number };
    expect(again.reminded).toBe(0);
    expect(first.reminded).toBeGreaterThanOrEqual(2);

    const reminded = await db
      .selectFrom('workout_participants')
      .select(['workout_id', 'person_id'])
      .where('workout_id', 'in', [due, recent])
      .where('reminded_at', 'is not', null)
      .execute();
    // Grace and the manager (who has not reflected either) on the old one; not Emre, who reflected;
    // nobody on the WorkOut of today.
    expect(reminded.map((r) => r.person_id).sort()).toEqual([english.id, org.people.manager.id].sort());
    expect(reminded.every((r) => r.workout_id === due)).toBe(true);

    // Grace reads it in English on the bell and in her mail.
    const bell = (await grace.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((i) => i.title)).toContainEqual(
      expect.stringContaining('Your reflection on the WorkOut'),
    );
    const mail = await db
      .selectFrom('outbox_messages')
      .select(['to_address', 'subject', 'text_body'])
      .where('kind', '=', 'workout_reflection_reminder')
      .where('organisation_id', '=', org.organisation.id)
      .execute();
    expect(mail.filter((m) => m.to_address === english.email)).toEqual([
      expect.objectContaining({ text_body: expect.stringContaining(`/workouts/${due}`) }),
    ]);
    const emre = (await org.as.employee.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(emre.items.map((i) => i.title).join()).not.toContain('reflectie op de WorkOut');
  });
});
