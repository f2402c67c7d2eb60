import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let planId: string;
let goalId: string;
const ids = { skill: '', item: '', course: '', draft: '', foreign: '' };

type Action = {
  id: string;
  kind: string;
  isDone: boolean;
  learning: { title: string; format: string; durationMinutes: number | null; percent: number } | null;
};
type Plan = { actions: Action[] };
type Problem = { errors: { field: string; code: string }[] };

async function published(client: typeof org.as.ldAdmin, title: string) {
  const item = (await client.post('/api/v1/catalogue/items', article(title))).json<{ id: string }>();
  await client.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  return item.id;
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  ids.skill = (
    await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'Wondzorg', en: 'Wound care' } })
  ).json<{ id: string }>().id;
  ids.item = await published(org.as.ldAdmin, 'Wondzorg in de praktijk');
  ids.course = (
    await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title: 'Cursus wondzorg',
      sections: [{ title: 'Start', contentIds: [ids.item] }],
    })
  ).json<{ id: string }>().id;
  await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${ids.course}/status`, { status: 'published' });
  ids.draft = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Nog niet klaar'))).json<{
    id: string;
  }>().id;
  ids.foreign = await published(other.as.ldAdmin, 'Elders');
  await forOrganisation(db, org.organisation.id)
    .insertInto('learning_links', {
      subject_kind: 'course',
      subject_id: ids.course,
      target_kind: 'skill',
      target_id: ids.skill,
      label: null,
    })
    .execute();
  planId = (await org.as.employee.post('/api/v1/plans', {})).json<{ id: string }>().id;
  goalId = (
    await org.as.employee.post(`/api/v1/plans/${planId}/goals`, {
      title: 'Wondzorg beter beheersen',
      servesKind: 'skill',
      servesId: ids.skill,
      targetDate: '2099-06-30',
    })
  ).json<{ goals: { id: string }[] }>().goals[0]?.id as string;
});

const addLearning = (refKind: string, refId: string) =>
  org.as.employee.post(`/api/v1/plans/${planId}/actions`, {
    goalId,
    kind: 'learning',
    title: 'Cursus volgen',
    refKind,
    refId,
  });

describe('learning actions in a plan', () => {
  it('refuses unknown, unpublished and foreign learning on refId and adds nothing', async () => {
    for (const [kind, id] of [
      ['content', ids.draft],
      ['content', ids.foreign],
      ['course', ids.item],
      ['path', '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const refused = await addLearning(kind, id);
      expect(refused.statusCode, id).toBe(400);
      expect(refused.json<Problem>().errors[0]).toMatchObject({ field: 'refId', code: 'unknownReference' });
    }
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<Plan>();
    expect(plan.actions).toEqual([]);
    const learning = (await org.as.employee.get('/api/v1/learning')).json<{ enrolments?: unknown[] }>();
    expect(learning.enrolments ?? []).toEqual([]);
  });

  it('suggests learning that serves the goal skill, only to who may see the plan', async () => {
    const found = await org.as.employee.get(`/api/v1/plans/suggestions?goalId=${goalId}`);
    expect(found.statusCode).toBe(200);
    expect(found.json()).toEqual([
      expect.objectContaining({ type: 'course', id: ids.course, title: 'Cursus wondzorg' }),
    ]);
    expect((await other.as.employee.get(`/api/v1/plans/suggestions?goalId=${goalId}`)).statusCode).toBe(404);
  });

  it('enrols the person due on the goal target date, shows progress and is done when completed', async () => {
    const added = await addLearning('course', ids.course);
    expect(added.statusCode).toBe(201);
    const action = added.json<Plan>().actions[0] as Action;
    expect(action.learning).toMatchObject({
      title: 'Cursus wondzorg',
      format: 'course',
      durationMinutes: 5,
      percent: 0,
    });
    expect(action.isDone).toBe(false);
    const enrolment = await forOrganisation(db, org.organisation.id)
      .selectFrom('enrolments')
      .select(['due_date', 'subject_id'])
      .where('person_id', '=', org.people.employee.id)
      .execute();
    expect(enrolment).toEqual([{ due_date: '2099-06-30', subject_id: ids.course }]);

    // Adding it again (already enrolled) is fine and keeps one enrolment.
    expect((await addLearning('course', ids.course)).statusCode).toBe(201);
    const read = await org.as.employee.put(`/api/v1/learning/items/${ids.item}/progress`, { percent: 100 });
    expect(read.statusCode).toBe(200);
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<Plan>();
    expect(plan.actions.map((a) => [a.isDone, a.learning?.percent])).toEqual([
      [true, 100],
      [true, 100],
    ]);
  });

  it('checks a changed reference too, and enrols in the new learning', async () => {
    const plan = (await org.as.employee.get(`/api/v1/plans/${planId}`)).json<Plan>();
    const actionId = plan.actions[0]?.id as string;
    const path = `/api/v1/plans/${planId}/actions/${actionId}`;
    const refused = await org.as.employee.patch(path, { refKind: 'content', refId: ids.foreign });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors[0]).toMatchObject({ field: 'refId', code: 'unknownReference' });
    const mentor = await org.as.employee.patch(path, { refKind: 'person', refId: org.people.manager.id });
    expect(mentor.json<Problem>().errors[0]).toMatchObject({ field: 'refKind' });
    const changed = await org.as.employee.patch(path, { refKind: 'content', refId: ids.item });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Plan>().actions.find((a) => a.id === actionId)?.learning).toMatchObject({
      title: 'Wondzorg in de praktijk',
      format: 'article',
      durationMinutes: 5,
    });
  });
});
