import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { article } from '../catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let itemId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Feedback geven'))).json();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  itemId = item.id;
});

const fields = (response: { json: () => { errors?: { field: string }[] } }) =>
  response.json().errors?.map((e) => e.field);

describe('my own route', () => {
  it('is composed from catalogue learning and outside resources, in my order', async () => {
    const created = await org.as.employee.post('/api/v1/learning/own-routes', {
      title: 'Beter feedback geven',
      purpose: 'In het teamoverleg durven zeggen wat ik zie.',
      steps: [
        { kind: 'book', title: 'Feedback geven en ontvangen', note: 'Hoofdstuk 1 tot 3' },
        { kind: 'content', refId: itemId },
        { kind: 'conversation', title: 'Gesprek met Fatima over hoe zij het doet' },
        { kind: 'link', title: 'Podcast over feedback', url: 'https://example.org/podcast' },
      ],
    });
    expect(created.json()).toMatchObject({ id: expect.any(String) });
    expect(created.statusCode).toBe(201);
    const route = created.json();
    expect(route.steps.map((s: { title: string; format: string }) => [s.title, s.format])).toEqual([
      ['Feedback geven en ontvangen', 'book'],
      ['Feedback geven', 'article'],
      ['Gesprek met Fatima over hoe zij het doet', 'conversation'],
      ['Podcast over feedback', 'link'],
    ]);
    // Reordered, the first one done.
    const [book, item, talk, link] = route.steps;
    const updated = await org.as.employee.put(`/api/v1/learning/own-routes/${route.id}`, {
      title: route.title,
      steps: [item, book, talk, link].map((s, index) => ({ ...s, isDone: index === 0 })),
    });
    expect(updated.json().steps.map((s: { title: string }) => s.title)[0]).toBe('Feedback geven');
    expect(updated.json().doneCount).toBe(1);
  });

  it('names the field at fault', async () => {
    const noTitle = await org.as.employee.post('/api/v1/learning/own-routes', {
      title: 'Route',
      steps: [{ kind: 'book' }, { kind: 'course' }],
    });
    expect(noTitle.statusCode).toBe(400);
    expect(fields(noTitle)).toEqual(['steps.0.title', 'steps.1.refId']);
    const unknown = await org.as.employee.post('/api/v1/learning/own-routes', {
      title: 'Route',
      planGoalId: '00000000-0000-4000-8000-000000000000',
      steps: [{ kind: 'course', refId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(fields(unknown)).toEqual(['steps.0.refId', 'planGoalId']);
  });

  it('is private until shared with the manager, who may comment; published, colleagues may copy it', async () => {
    const route = (
      await org.as.employee.post('/api/v1/learning/own-routes', {
        title: 'Leren plannen',
        steps: [{ kind: 'content', refId: itemId, isDone: true }],
      })
    ).json();
    const url = `/api/v1/learning/own-routes/${route.id}`;
    expect((await org.as.manager.get(url)).statusCode).toBe(404);
    expect((await org.as.ldAdmin.get(url)).statusCode).toBe(404);
    expect((await other.as.employee.get(url)).statusCode).toBe(404);

    await org.as.employee.put(`${url}/visibility`, { isShared: true, isPublished: false });
    const overview = (await org.as.manager.get('/api/v1/learning/own-routes')).json();
    expect(overview.fromTeam.map((r: { title: string }) => r.title)).toContain('Leren plannen');
    // The overview's link leads to the route itself (not to its owner's id).
    const listed = overview.fromTeam.find((r: { title: string }) => r.title === 'Leren plannen');
    expect((await org.as.manager.get(`/api/v1/learning/own-routes/${listed.id}`)).statusCode).toBe(200);
    const commented = await org.as.manager.post(`${url}/comments`, {
      body: 'Mooi plan! Plan het gesprek met Fatima snel in.',
    });
    expect(commented.json().comments[0].body).toBe('Mooi plan! Plan het gesprek met Fatima snel in.');
    expect((await org.as.manager.put(url, { title: 'Anders' })).statusCode).toBe(403);
    expect((await org.as.ldAdmin.post(`${url}/comments`, { body: 'Hoi' })).statusCode).toBe(404);
    expect(fields(await org.as.manager.post(`${url}/comments`, { body: ' ' }))).toEqual(['body']);

    await org.as.employee.put(`${url}/visibility`, { isShared: true, isPublished: true });
    const seen = (await org.as.ldAdmin.get(url)).json();
    expect(seen.comments).toEqual([]);
    expect(seen.steps[0].isDone).toBe(false);
    const copy = await org.as.ldAdmin.post(`${url}/copy`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ title: 'Leren plannen', copiedFromId: route.id, isShared: false });
    expect((await org.as.employee.post(`${url}/copy`)).statusCode).toBe(403);
    expect((await other.as.employee.post(`${url}/copy`)).statusCode).toBe(404);
  });

  it('puts my preferred format first in the catalogue', async () => {
    const video = (
      await org.as.ldAdmin.post('/api/v1/catalogue/items', {
        kind: 'link',
        versions: [{ language: 'nl', title: 'Webinar plannen', externalUrl: 'https://example.org/w' }],
      })
    ).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${video.id}/status`, { status: 'published' });
    expect(
      fields(await org.as.employee.put('/api/v1/learning/preferences', { preferredFormat: 'fax' })),
    ).toEqual(['preferredFormat']);
    await org.as.employee.put('/api/v1/learning/preferences', { preferredFormat: 'article' });
    const first = (await org.as.employee.get('/api/v1/catalogue')).json().items[0];
    expect(first.format).toBe('article');
    await org.as.employee.put('/api/v1/learning/preferences', { preferredFormat: 'link' });
    expect((await org.as.employee.get('/api/v1/catalogue')).json().items[0].format).toBe('link');
    expect((await org.as.employee.get('/api/v1/learning/own-routes')).json().preferredFormat).toBe('link');
  });
});
