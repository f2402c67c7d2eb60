import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { uploadFile } from '../catalogue/catalogue.fixtures.ts';
import { demoVideo, sampleWav } from '../files/media.samples.ts';

// Recap recordings from the organisation's own storage play in place: the material points at the app's
// own file address (Range-capable), so the page's CSP needs nothing beyond media-src 'self'.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let programmeId: string;

type Material = {
  title: string;
  url: string;
  fileId: string | null;
  contentType: string | null;
  media: 'video' | 'audio' | null;
};
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const materials = async () =>
  (await org.as.employee.get(`/api/v1/programmes/${programmeId}`)).json<{ materials: Material[] }>()
    .materials;
const upload = async (
  client: typeof org.as.ldAdmin,
  purpose: 'video' | 'audio',
  name: string,
  body: Buffer,
) => {
  const response = await uploadFile(client, purpose, name, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/programmes', {
    title: 'Groeiweek vorige maand',
    startsOn: day(-40),
    endsOn: day(-36),
    tracks: ['Alles'],
  });
  expect(created.statusCode).toBe(201);
  programmeId = created.json<{ id: string }>().id;
  const published = await org.as.ldAdmin.patch(`/api/v1/programmes/${programmeId}`, { status: 'published' });
  expect(published.statusCode).toBe(200);
});

describe('recap recordings from the organisation’s storage', () => {
  it('an uploaded video and audio recording play in place from the app’s own address, with Range', async () => {
    const video = await upload(org.as.ldAdmin, 'video', 'keynote.webm', demoVideo());
    const audio = await upload(org.as.ldAdmin, 'audio', 'podcast.wav', sampleWav(1));
    for (const [title, fileId] of [
      ['Opname keynote', video],
      ['Podcast panel', audio],
    ] as const) {
      const added = await org.as.ldAdmin.post(`/api/v1/programmes/${programmeId}/materials`, {
        kind: 'recording',
        title,
        fileId,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    await org.as.ldAdmin.post(`/api/v1/programmes/${programmeId}/materials`, {
      kind: 'material',
      title: 'Slides',
      url: 'https://files.example.org/slides.pdf',
    });
    expect(await materials()).toEqual([
      expect.objectContaining({
        title: 'Opname keynote',
        url: `/api/v1/files/${video}`,
        fileId: video,
        contentType: 'video/webm',
        media: 'video',
      }),
      expect.objectContaining({
        title: 'Podcast panel',
        url: `/api/v1/files/${audio}`,
        contentType: 'audio/wav',
        media: 'audio',
      }),
      expect.objectContaining({ title: 'Slides', url: 'https://files.example.org/slides.pdf', media: null }),
    ]);

    // The player seeks: an employee gets a slice (206) of the stored file, inline.
    const slice = await org.as.employee.request('GET', `/api/v1/files/${audio}`, undefined, {
      range: 'bytes=8-11',
    });
    expect(slice.statusCode).toBe(206);
    expect(slice.headers['content-range']).toMatch(/^bytes 8-11\/\d+$/);
    expect(slice.rawPayload.toString()).toBe('WAVE');
    expect(slice.headers['content-disposition']).toMatch(/^inline/);
    // Another organisation never reaches it.
    expect((await other.as.employee.get(`/api/v1/files/${audio}`)).statusCode).toBe(404);
  });

  it('the app’s pages allow media from their own origin only', async () => {
    const response = await org.as.employee.get('/api/v1/health');
    const csp = response.headers['content-security-policy'] as string;
    const mediaSrc = csp.split(';').find((part) => part.trim().startsWith('media-src'));
    expect(mediaSrc?.trim()).toBe("media-src 'self'");
  });

  it('a link or a file, exactly one; the file must be this organisation’s (400 naming the field)', async () => {
    const before = (await materials()).length;
    const mine = await upload(org.as.ldAdmin, 'audio', 'nog-een.wav', sampleWav(1));
    const theirs = await upload(other.as.ldAdmin, 'audio', 'van-hen.wav', sampleWav(1));
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'https://example.org/x', fileId: mine }, 'fileId'],
      [{}, 'url'],
      [{ fileId: theirs }, 'fileId'],
      [{ fileId: crypto.randomUUID() }, 'fileId'],
      [{ fileId: 'not-a-uuid' }, 'fileId'],
    ];
    for (const [body, field] of cases) {
      const response = await org.as.ldAdmin.post(`/api/v1/programmes/${programmeId}/materials`, {
        kind: 'recording',
        title: 'Opname',
        ...body,
      });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    }
    // An employee may not add one, even with a file of the organisation.
    const refused = await org.as.employee.post(`/api/v1/programmes/${programmeId}/materials`, {
      kind: 'recording',
      title: 'Opname',
      fileId: mine,
    });
    expect(refused.statusCode).toBe(403);
    expect(await materials()).toHaveLength(before);
  });
});
