import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { article, quiz } from '../catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

type Json = { id: string; [key: string]: unknown };
async function publishedItem(body: unknown): Promise<Json> {
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', body)).json() as Json;
  expect(
    (await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' }))
      .statusCode,
  ).toBe(200);
  return item;
}

describe('courses and paths', () => {
  it('name the wrong module or step, and stay L&D-only and in their organisation', async () => {
    const bad = await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title: 'Cursus',
      sections: [{ title: 'Start', contentIds: ['00000000-0000-4000-8000-000000000000'] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { field: 'sections.0.contentIds.0', message: 'no such content item', code: 'unknownReference' },
    ]);
    const path = await org.as.ldAdmin.post('/api/v1/catalogue/paths', {
      language: 'nl',
      title: 'Pad',
      steps: [{ kind: 'course', id: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(path.json().errors).toEqual([
      { field: 'steps.0.id', message: 'no such course', code: 'unknownReference' },
    ]);

    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Module'))).json() as Json;
    const course = (
      await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
        language: 'nl',
        title: 'Concept-cursus',
        sections: [{ title: 'Start', contentIds: [item.id] }],
      })
    ).json() as Json;
    const asEmployee = await org.as.employee.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title: 'Eigen cursus',
      sections: [{ title: 'Start', contentIds: [item.id] }],
    });
    expect(asEmployee.statusCode).toBe(403);
    expect((await other.as.ldAdmin.get(`/api/v1/catalogue/courses/${course.id}`)).statusCode).toBe(404);
    expect(
      (await other.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, { status: 'published' }))
        .statusCode,
    ).toBe(404);
    // A draft is not there for learners, neither to read nor to enrol in.
    expect((await org.as.employee.get(`/api/v1/learning/courses/${course.id}`)).statusCode).toBe(404);
    expect(
      (await org.as.employee.post('/api/v1/learning/enrolments', { type: 'course', id: course.id }))
        .statusCode,
    ).toBe(404);
    expect((await org.as.employee.get(`/api/v1/learning/items/${item.id}`)).statusCode).toBe(404);
    expect((await org.as.ldAdmin.get(`/api/v1/learning/items/${item.id}`)).json().status).toBe('draft');
  });
});

describe('completion rules per kind', () => {
  it('lets an external link be marked as done, but not a quiz', async () => {
    const link = await publishedItem({
      kind: 'link',
      versions: [{ language: 'nl', title: 'Webinar', externalUrl: 'https://example.org/webinar' }],
    });
    const done = await org.as.employee.post(`/api/v1/learning/items/${link.id}/done`);
    expect(done.json().finished.content).toBe(true);
    const test = await publishedItem(quiz('Toets', { maxAttempts: 1 }));
    const refused = await org.as.employee.post(`/api/v1/learning/items/${test.id}/done`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('conflict');
  });

  it('stops quiz attempts at the maximum', async () => {
    const test = await publishedItem(quiz('Eenmalige toets', { maxAttempts: 1 }));
    const first = await org.as.employee.post(`/api/v1/learning/items/${test.id}/attempts`, {
      answers: { q1: 'b' },
    });
    expect(first.json()).toMatchObject({ passed: false, attempt: 1 });
    const second = await org.as.employee.post(`/api/v1/learning/items/${test.id}/attempts`, {
      answers: { q1: 'a', q2: 'POP-gesprek' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('You have used all 1 attempts.');
  });

  it('completes an on-the-job assignment only when the manager confirms it', async () => {
    const task = await publishedItem({
      kind: 'assignment',
      versions: [
        { language: 'nl', title: 'Loop een dienst mee', bodyHtml: '<p>Loop mee en reflecteer.</p>' },
      ],
    });
    const sent = await org.as.employee.put(`/api/v1/learning/items/${task.id}/submission`, {
      reflection: 'Ik leerde veel over overdracht.',
    });
    expect(sent.statusCode).toBe(204);
    expect(
      (await org.as.employee.get(`/api/v1/learning/items/${task.id}`)).json().progress.completedAt,
    ).toBeNull();
    const team = (await org.as.manager.get('/api/v1/learning/team')).json();
    expect(team[0].pendingConfirmations).toEqual([
      expect.objectContaining({ contentId: task.id, reflection: 'Ik leerde veel over overdracht.' }),
    ]);
    const own = await org.as.employee.post(
      `/api/v1/learning/items/${task.id}/submissions/${org.people.employee.id}/confirm`,
    );
    expect(own.statusCode).toBe(403);
    const confirmed = await org.as.manager.post(
      `/api/v1/learning/items/${task.id}/submissions/${org.people.employee.id}/confirm`,
    );
    expect(confirmed.json().finished.content).toBe(true);
    expect(
      (await org.as.employee.get(`/api/v1/learning/items/${task.id}`)).json().submission.confirmedAt,
    ).not.toBeNull();
    expect(
      (
        await other.as.owner.post(
          `/api/v1/learning/items/${task.id}/submissions/${org.people.employee.id}/confirm`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('refuses progress outside 0–100 naming the field', async () => {
    const reading = await publishedItem(article('Lezen'));
    const bad = await org.as.employee.put(`/api/v1/learning/items/${reading.id}/progress`, { percent: 140 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('percent');
    const read = await org.as.employee.put(`/api/v1/learning/items/${reading.id}/progress`, { percent: 100 });
    expect(read.json().finished.content).toBe(true);
  });
});

describe('for you, topics and rules', () => {
  it('suggests what is tagged with a topic I follow, and leaves out what I already have', async () => {
    const item = await publishedItem(article('Vitaal blijven', { topics: ['Vitaliteit'] }));
    await org.as.employee.put('/api/v1/catalogue/topics/followed', { labels: ['vitaliteit'] });
    const forYou = (await org.as.employee.get('/api/v1/catalogue/for-you')).json();
    expect(forYou.map((entry: { id: string }) => entry.id)).toContain(item.id);
    const topics = (await org.as.employee.get('/api/v1/catalogue/topics')).json();
    expect(topics.followed).toEqual(['vitaliteit']);
    expect(topics.topics).toContainEqual({ label: 'Vitaliteit', count: 1 });
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'content', id: item.id });
    const after = (await org.as.employee.get('/api/v1/catalogue/for-you')).json();
    expect(after.map((entry: { id: string }) => entry.id)).not.toContain(item.id);
  });

  it('asks a unit rule for its unit, and shows an empty team to someone without reports', async () => {
    const item = await publishedItem(article('Regel'));
    const rule = await org.as.ldAdmin.post('/api/v1/catalogue/rules', {
      name: 'Team',
      condition: 'in_unit',
      subject: { type: 'content', id: item.id },
    });
    expect(rule.json().errors).toEqual([
      { field: 'parameter', message: 'choose a unit of this organisation', code: 'invalid' },
    ]);
    const unitRule = await org.as.ldAdmin.post('/api/v1/catalogue/rules', {
      name: 'Team Noord',
      condition: 'in_unit',
      parameter: org.unit.id,
      subject: { type: 'content', id: item.id },
    });
    expect(unitRule.json().enrolled).toBe(5);
    const bell = (await org.as.employee.get('/api/v1/notifications')).json();
    expect(bell.items[0]).toMatchObject({
      title: 'Nieuw leren voor jou: "Regel"',
      link: `/learning/items/${item.id}`,
    });
    // Applying the rule again enrols no one new and rings no bell.
    const again = await org.as.ldAdmin.put(`/api/v1/catalogue/rules/${unitRule.json().id}`, {
      name: 'Team Noord',
      condition: 'in_unit',
      parameter: org.unit.id,
      subject: { type: 'content', id: item.id },
    });
    expect(again.statusCode, again.body).toBe(200);
    expect((await org.as.employee.get('/api/v1/notifications')).json().unread).toBe(bell.unread);
    expect((await org.as.employee.get('/api/v1/catalogue/rules')).statusCode).toBe(403);
    expect((await org.as.employee.get('/api/v1/learning/team')).json()).toEqual([]);
  });

  it('records a rating as an xAPI statement', async () => {
    const item = await publishedItem(article('Beoordeeld'));
    await org.as.employee.put('/api/v1/learning/ratings', {
      subject: { type: 'content', id: item.id },
      stars: 4,
      comment: 'Goed',
    });
    const statement = await db
      .selectFrom('xapi_statements')
      .select('statement')
      .where('organisation_id', '=', org.organisation.id)
      .where('verb_id', '=', 'http://id.tincanapi.com/verb/rated')
      .executeTakeFirstOrThrow();
    expect(statement.statement).toMatchObject({
      version: '1.0.3',
      verb: { id: 'http://id.tincanapi.com/verb/rated' },
      object: { id: `http://groeipad.test/xapi/activities/content/${item.id}` },
      result: { score: { raw: 4, scaled: 0.8 }, response: 'Goed' },
    });
  });
});
