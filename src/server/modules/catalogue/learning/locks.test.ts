import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { article } from '../catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

type Json = { id: string; [key: string]: unknown };

async function published(kind: 'items' | 'courses' | 'paths', body: unknown): Promise<Json> {
  const created = await org.as.ldAdmin.post(`/api/v1/catalogue/${kind}`, body);
  expect(created.statusCode).toBe(201);
  const { id } = created.json() as Json;
  const status = await org.as.ldAdmin.post(`/api/v1/catalogue/${kind}/${id}/status`, { status: 'published' });
  expect(status.statusCode).toBe(200);
  return { id };
}

const course = (title: string, contentIds: string[], prerequisiteIds: string[] = []) => ({
  language: 'nl',
  title,
  sections: [{ title: 'Start', contentIds }],
  prerequisiteIds,
});

describe('prerequisites', () => {
  it('lock the modules of a course until the required course is finished, with a 409 naming it', async () => {
    const basics = await published('items', article('Basis van feedback'));
    const advanced = await published('items', article('Feedback in lastige gesprekken'));
    const first = await published('courses', course('Feedback: de basis', [basics.id]));
    const second = await published('courses', course('Feedback: verdieping', [advanced.id], [first.id]));
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'course', id: second.id });

    const page = (await org.as.employee.get(`/api/v1/learning/courses/${second.id}`)).json();
    expect(page.lock).toEqual({
      reason: 'prerequisite',
      path: null,
      first: [{ type: 'course', id: first.id, title: 'Feedback: de basis' }],
    });
    expect((await org.as.employee.get(`/api/v1/learning/items/${advanced.id}`)).json().lock.reason).toBe(
      'prerequisite',
    );

    const refused = await org.as.employee.post(`/api/v1/learning/items/${advanced.id}/done`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'learning_locked',
      detail: 'Finish the prerequisite course "Feedback: de basis" first.',
    });
    const progress = await org.as.employee.put(`/api/v1/learning/items/${advanced.id}/progress`, {
      percent: 40,
      positionSeconds: null,
    });
    expect(progress.statusCode).toBe(409);
    // Nothing was half-written: no progress for the locked module.
    expect((await org.as.employee.get(`/api/v1/learning/items/${advanced.id}`)).json().progress).toBeNull();

    expect((await org.as.employee.post(`/api/v1/learning/items/${basics.id}/done`)).statusCode).toBe(200);
    expect((await org.as.employee.get(`/api/v1/learning/courses/${second.id}`)).json().lock).toBeNull();
    const done = await org.as.employee.post(`/api/v1/learning/items/${advanced.id}/done`);
    expect(done.json().finished.courses).toEqual([{ id: second.id, title: 'Feedback: verdieping' }]);
    // Another organisation's learner cannot reach it at all.
    expect((await other.as.employee.post(`/api/v1/learning/items/${advanced.id}/done`)).statusCode).toBe(404);
  });
});

describe('ordered learning paths', () => {
  it('lock a later step until the earlier ones are done; a free path does not', async () => {
    const intro = await published('items', article('Kennismaken met coachen'));
    const practice = await published('items', article('Oefenen met coachen'));
    const introCourse = await published('courses', course('Coachen: start', [intro.id]));
    const path = await published('paths', {
      language: 'nl',
      title: 'Coachend leidinggeven',
      isOrdered: true,
      steps: [
        { kind: 'course', id: introCourse.id },
        { kind: 'content', id: practice.id },
      ],
    });
    await org.as.manager.post('/api/v1/learning/enrolments', { type: 'path', id: path.id });

    const view = (await org.as.manager.get(`/api/v1/learning/paths/${path.id}`)).json();
    expect(Object.keys(view.locks)).toEqual([practice.id]);
    expect(view.locks[practice.id]).toEqual({
      reason: 'path_order',
      path: { id: path.id, title: 'Coachend leidinggeven' },
      first: [{ type: 'course', id: introCourse.id, title: 'Coachen: start' }],
    });
    const refused = await org.as.manager.post(`/api/v1/learning/items/${practice.id}/done`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      'Finish "Coachen: start" first: it comes earlier in the learning path "Coachend leidinggeven".',
    );
    // Someone not following the path may do the item on its own.
    expect((await org.as.employee.post(`/api/v1/learning/items/${practice.id}/done`)).statusCode).toBe(200);

    expect((await org.as.manager.post(`/api/v1/learning/items/${intro.id}/done`)).statusCode).toBe(200);
    expect((await org.as.manager.get(`/api/v1/learning/paths/${path.id}`)).json().locks).toEqual({});
    const done = await org.as.manager.post(`/api/v1/learning/items/${practice.id}/done`);
    expect(done.json().finished.paths).toEqual([{ id: path.id, title: 'Coachend leidinggeven' }]);
  });

  it('leave every step of a free-order path open', async () => {
    const first = await published('items', article('Vrij: eerste'));
    const second = await published('items', article('Vrij: tweede'));
    const path = await published('paths', {
      language: 'nl',
      title: 'Vrije route',
      isOrdered: false,
      steps: [
        { kind: 'content', id: first.id },
        { kind: 'content', id: second.id },
      ],
    });
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'path', id: path.id });
    expect((await org.as.employee.get(`/api/v1/learning/paths/${path.id}`)).json().locks).toEqual({});
    expect((await org.as.employee.post(`/api/v1/learning/items/${second.id}/done`)).statusCode).toBe(200);
  });
});
