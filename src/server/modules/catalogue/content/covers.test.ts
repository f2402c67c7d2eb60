import { beforeAll, describe, expect, it } from 'vitest';
import { circle, paint } from '../../../demo/catalogue/cover-art.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { article, uploadFile } from '../catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

const png = paint('#ffffff', '#0f766e', [circle(16, 9, 6, '#f59e0b')], { width: 32, height: 18 });

describe('cover images', () => {
  it('shows an item’s cover with its words in the catalogue, and asks for those words', async () => {
    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Tillen zonder pijn'))).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    const image = (await uploadFile(org.as.ldAdmin, 'image', 'omslag.png', png)).json();
    const url = `/api/v1/catalogue/covers/content/${item.id}`;

    const withoutWords = await org.as.ldAdmin.put(url, { fileId: image.id, alt: '  ' });
    expect(withoutWords.statusCode).toBe(400);
    expect(withoutWords.json().errors.map((e: { field: string }) => e.field)).toEqual(['alt']);
    const pdf = (await uploadFile(org.as.ldAdmin, 'document', 'a.pdf', '%PDF-1.4\n%%EOF')).json();
    const notAnImage = await org.as.ldAdmin.put(url, { fileId: pdf.id, alt: 'Een tekening' });
    expect(notAnImage.json().errors.map((e: { field: string }) => e.field)).toEqual(['fileId']);

    const saved = await org.as.ldAdmin.put(url, { fileId: image.id, alt: 'Een zon boven de zee' });
    expect(saved.statusCode).toBe(200);
    const cover = { url: `/api/v1/files/${image.id}`, alt: 'Een zon boven de zee' };
    expect(saved.json().cover).toEqual(cover);

    const found = (await org.as.employee.get('/api/v1/catalogue?q=Tillen')).json();
    expect(found.items[0].cover).toEqual(cover);
    expect((await org.as.employee.get(`/api/v1/learning/items/${item.id}`)).json().cover).toEqual(cover);
    expect((await org.as.employee.get(cover.url)).headers['content-type']).toBe('image/png');

    expect((await org.as.ldAdmin.put(url, { fileId: null, alt: '' })).json().cover).toBeNull();
  });

  it('is for L&D only, and only in their own organisation', async () => {
    const module = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Module'))).json();
    const course = (
      await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
        language: 'nl',
        title: 'Cursus',
        sections: [{ title: 'Start', contentIds: [module.id] }],
      })
    ).json();
    const image = (await uploadFile(org.as.ldAdmin, 'image', 'omslag.png', png)).json();
    const body = { fileId: image.id, alt: 'Bergen' };
    expect((await org.as.employee.put(`/api/v1/catalogue/covers/course/${course.id}`, body)).statusCode).toBe(
      403,
    );
    expect(
      (await other.as.ldAdmin.put(`/api/v1/catalogue/covers/course/${course.id}`, body)).statusCode,
    ).toBe(404);
    // Another organisation's image is not there to use either.
    const theirs = (await uploadFile(other.as.ldAdmin, 'image', 'x.png', png)).json();
    const foreign = await org.as.ldAdmin.put(`/api/v1/catalogue/covers/course/${course.id}`, {
      fileId: theirs.id,
      alt: 'Bergen',
    });
    expect(foreign.json().errors.map((e: { field: string }) => e.field)).toEqual(['fileId']);
    const ok = await org.as.ldAdmin.put(`/api/v1/catalogue/covers/course/${course.id}`, body);
    expect((await org.as.ldAdmin.get(`/api/v1/catalogue/courses/${course.id}`)).json().cover.alt).toBe(
      'Bergen',
    );
    expect(ok.statusCode).toBe(200);
  });
});
