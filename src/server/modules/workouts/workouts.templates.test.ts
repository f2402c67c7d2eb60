import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

// Editing and deleting own WorkOuts (the shipped library stays read-only) and the reflection reminder job.
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

describe('deleting an own WorkOut', () => {
  const write = async () => {
    const created = await org.as.manager.post('/api/v1/workouts/templates', { ...edit, title: 'To delete' });
    expect(created.statusCode).toBe(201);
    return created.json<{ id: string }>().id;
  };
  const inLibrary = async (id: string) =>
    (await org.as.manager.get('/api/v1/workouts/library')).json<Template[]>().some((t) => t.key === id);

  it('its author deletes it; a WorkOut planned from it keeps its copy', async () => {
    const id = await write();
    const planned = await org.as.manager.post('/api/v1/workouts', {
      templateId: id,
      plannedOn: daysAgo(0),
      participantIds: [org.people.employee.id],
    });
    expect(planned.statusCode).toBe(201);
    const workoutId = planned.json<{ id: string }>().id;
    expect((await org.as.manager.delete(`/api/v1/workout-templates/${id}`)).statusCode).toBe(204);
    expect(await inLibrary(id)).toBe(false);
    const workout = await org.as.manager.get(`/api/v1/workouts/${workoutId}`);
    expect(workout.statusCode).toBe(200);
    expect(workout.json()).toMatchObject({ title: 'To delete', assignment: edit.assignment });
    // Gone is gone: a second delete and an edit find nothing.
    expect((await org.as.manager.delete(`/api/v1/workout-templates/${id}`)).statusCode).toBe(404);
    expect((await org.as.manager.put(`/api/v1/workout-templates/${id}`, edit)).statusCode).toBe(404);
  });

  it('L&D may delete it; an employee who did not write it may not (403); the audit log says who', async () => {
    const id = await write();
    expect((await org.as.employee.delete(`/api/v1/workout-templates/${id}`)).statusCode).toBe(403);
    expect(await inLibrary(id)).toBe(true);
    expect((await org.as.ldAdmin.delete(`/api/v1/workout-templates/${id}`)).statusCode).toBe(204);
    expect(await inLibrary(id)).toBe(false);
    const audit = await db
      .selectFrom('events')
      .select(['action', 'actor_person_id'])
      .where('organisation_id', '=', org.organisation.id)
      .where('subject_id', '=', id)
      .where('action', '=', 'workout.template_deleted')
      .execute();
    expect(audit).toEqual([{ action: 'workout.template_deleted', actor_person_id: org.people.ldAdmin.id }]);
  });

  it('shipped: 409 workout_shipped; signed out 401; unknown or another organisation: 404', async () => {
    const shipped = await org.as.ldAdmin.delete('/api/v1/workout-templates/feedback-week');
    expect(shipped.statusCode).toBe(409);
    expect(shipped.json()).toMatchObject({ code: 'workout_shipped' });
    const id = await write();
    expect((await org.anonymous.delete(`/api/v1/workout-templates/${id}`)).statusCode).toBe(401);
    expect((await other.as.owner.delete(`/api/v1/workout-templates/${id}`)).statusCode).toBe(404);
    expect((await org.as.manager.delete(`/api/v1/workout-templates/${crypto.randomUUID()}`)).statusCode).toBe(
      404,
    );
    expect((await org.as.manager.delete('/api/v1/workout-templates/no-such-key')).statusCode).toBe(404);
    expect(await inLibrary(id)).toBe(true);
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

describe('the reflection reminder delay, an organisation setting', () => {
  it('defaults to 2 days; L&D changes it; the job follows it', async () => {
    expect((await other.as.manager.get('/api/v1/workouts/settings')).json()).toEqual({
      reflectionReminderDays: 2,
    });
    const set = await other.as.ldAdmin.put('/api/v1/workouts/settings', { reflectionReminderDays: 5 });
    expect(set.statusCode).toBe(200);
    expect((await other.as.employee.get('/api/v1/workouts/settings')).json()).toEqual({
      reflectionReminderDays: 5,
    });
    // The other organisation keeps its own delay.
    expect((await org.as.manager.get('/api/v1/workouts/settings')).json()).toEqual({
      reflectionReminderDays: 2,
    });

    const planned = await other.as.manager.post('/api/v1/workouts', {
      libraryKey: 'handover-check',
      plannedOn: daysAgo(3),
      participantIds: [other.people.employee.id],
    });
    expect(planned.statusCode).toBe(201);
    const id = planned.json<{ id: string }>().id;
    const remindedOn = async () =>
      db
        .selectFrom('workout_participants')
        .select('person_id')
        .where('workout_id', '=', id)
        .where('reminded_at', 'is not', null)
        .execute();
    await runJob('workouts.remind_reflections', { db, config });
    expect(await remindedOn()).toEqual([]);

    await other.as.ldAdmin.put('/api/v1/workouts/settings', { reflectionReminderDays: 3 });
    await runJob('workouts.remind_reflections', { db, config });
    expect((await remindedOn()).map((r) => r.person_id).sort()).toEqual(
      [other.people.employee.id, other.people.manager.id].sort(),
    );
  });

  it('only L&D changes it (403); out of range names the field (400); signed out 401', async () => {
    const body = { reflectionReminderDays: 7 };
    expect((await other.as.manager.put('/api/v1/workouts/settings', body)).statusCode).toBe(403);
    expect((await other.as.employee.put('/api/v1/workouts/settings', body)).statusCode).toBe(403);
    expect((await other.anonymous.put('/api/v1/workouts/settings', body)).statusCode).toBe(401);
    expect((await other.anonymous.get('/api/v1/workouts/settings')).statusCode).toBe(401);
    for (const reflectionReminderDays of [0, 15, 2.5, '3']) {
      const response = await other.as.ldAdmin.put('/api/v1/workouts/settings', { reflectionReminderDays });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toContain('reflectionReminderDays');
    }
    expect((await other.as.ldAdmin.get('/api/v1/workouts/settings')).json()).toEqual({
      reflectionReminderDays: 3,
    });
  });
});
