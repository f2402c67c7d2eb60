import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { article } from '../catalogue.fixtures.ts';

// Search results are remembered per catalogue revision (browse.cache.ts): every change L&D makes must
// show in the very next search, including the same search asked just before the change.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

const titles = async (client: Client, query: string) => {
  const response = await client.get(`/api/v1/catalogue?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { items: { title: string }[] }).items.map((entry) => entry.title);
};

const topics = async (client: Client) =>
  ((await client.get('/api/v1/catalogue/topics')).json() as { topics: { label: string }[] }).topics.map(
    (topic) => topic.label,
  );

describe('a remembered catalogue search', () => {
  it('and the topic counts follow publishing, renaming, retagging, course building and archiving at once', async () => {
    const employee = org.as.employee;
    expect(await titles(employee, 'q=tilliften')).toEqual([]);
    expect(await topics(employee)).toEqual([]);

    const created = await org.as.ldAdmin.post(
      '/api/v1/catalogue/items',
      article('Veilig tilliften', { topics: ['Ergonomie'] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    expect(await titles(employee, 'q=tilliften')).toEqual([]);
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' });
    expect(await titles(employee, 'q=tilliften')).toEqual(['Veilig tilliften']);
    expect(await titles(employee, 'topic=Ergonomie')).toEqual(['Veilig tilliften']);
    expect(await topics(employee)).toEqual(['Ergonomie']);

    const renamed = await org.as.ldAdmin.put(
      `/api/v1/catalogue/items/${id}`,
      article('Veilig transfereren', { topics: ['Rugzorg'] }),
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await titles(employee, 'q=tilliften')).toEqual([]);
    expect(await titles(employee, 'q=transfereren')).toEqual(['Veilig transfereren']);
    expect(await titles(employee, 'topic=Ergonomie')).toEqual([]);
    expect(await titles(employee, 'topic=Rugzorg')).toEqual(['Veilig transfereren']);
    expect(await topics(employee)).toEqual(['Rugzorg']);

    expect(await titles(employee, 'format=course')).toEqual([]);
    const course = await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title: 'Werken met je rug',
      sections: [{ title: 'Start', contentIds: [id] }],
    });
    expect(course.statusCode, course.body).toBe(201);
    const courseId = (course.json() as { id: string }).id;
    await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${courseId}/status`, { status: 'published' });
    const courses = await employee.get('/api/v1/catalogue?format=course');
    expect(courses.json()).toMatchObject({
      total: 1,
      items: [{ title: 'Werken met je rug', durationMinutes: 5 }],
    });

    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'archived' });
    expect(await titles(employee, 'q=transfereren')).toEqual([]);
    expect(await topics(employee)).toEqual([]);
  });
});
