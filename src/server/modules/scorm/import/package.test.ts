import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { badXmlLine, scormFixtures } from '../fixtures/scorm-packages.ts';
import { uploadPackage } from '../fixtures/upload.ts';

const { app, db, config } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

/** Files in storage for the organisation (local storage: DATA_DIR/files/<organisation>/). */
const storedFiles = (organisationId: string) => {
  try {
    return readdirSync(join(config.dataDir, 'files', organisationId)).length;
  } catch {
    return 0;
  }
};

describe('uploading a SCORM package', () => {
  it('adds a SCORM 1.2 package as a draft catalogue item and shows what it found', async () => {
    const response = await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single'](), {
      fileName: 'mondzorg.zip',
    });
    expect(response.statusCode, response.body).toBe(201);
    const pack = response.json();
    expect(pack).toMatchObject({
      title: 'Mondzorg (SCORM 1.2)',
      scormVersion: '1.2',
      version: { number: 1, fileCount: 3, originalName: 'mondzorg.zip' },
      attemptRule: 'resume',
      isPlayable: true,
    });
    expect(pack.scos).toEqual([expect.objectContaining({ id: 'module', kind: 'sco', masteryScore: 80 })]);
    const item = await org.as.ldAdmin.get(`/api/v1/catalogue/items/${pack.contentId}`);
    expect(item.json()).toMatchObject({
      kind: 'scorm',
      status: 'draft',
      versions: [{ title: 'Mondzorg (SCORM 1.2)' }],
    });
    expect(storedFiles(org.organisation.id)).toBe(3);
  });

  it('reads a multi-SCO SCORM 2004 package in order', async () => {
    const response = await uploadPackage(org.as.ldAdmin, scormFixtures['scorm2004-multi']());
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      scormVersion: '2004',
      edition: '4th',
      navigation: { choice: true, flow: true },
    });
    expect(response.json().scos.map((sco: { id: string }) => sco.id)).toEqual([
      'intro',
      'practice',
      'closing',
    ]);
  });

  it.each([
    ['broken-no-manifest', 400, 'noManifest', 'no imsmanifest.xml'],
    ['broken-bad-xml', 400, 'badXml', `line ${badXmlLine}`],
    ['broken-missing-file', 400, 'missingFile', 'module/index.html, which the zip does not contain'],
    ['broken-zip-slip', 415, null, 'unsafe path'],
    ['broken-zip-bomb', 422, null, 'unpacks to more than'],
  ] as const)('refuses %s naming the problem, and keeps nothing', async (fixture, status, code, text) => {
    const before = storedFiles(org.organisation.id);
    const items = (await org.as.ldAdmin.get('/api/v1/catalogue/items?kind=scorm')).json().total;
    const response = await uploadPackage(org.as.ldAdmin, scormFixtures[fixture]());
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().detail).toContain(text);
    if (code) expect(response.json().errors[0]).toMatchObject({ code, file: 'imsmanifest.xml' });
    if (fixture === 'broken-bad-xml') expect(response.json().errors[0].line).toBe(badXmlLine);
    expect(storedFiles(org.organisation.id)).toBe(before);
    expect((await org.as.ldAdmin.get('/api/v1/catalogue/items?kind=scorm')).json().total).toBe(items);
  });

  it('refuses what is not a zip', async () => {
    const notZip = await uploadPackage(org.as.ldAdmin, Buffer.from('%PDF-1.4 not a zip'));
    expect(notZip.statusCode).toBe(415);
    expect(notZip.json().errors[0]).toMatchObject({ field: 'file', code: 'notZip' });
  });

  it('only lets L&D upload, and a SCORM item cannot be made without its package', async () => {
    expect((await uploadPackage(org.as.employee, scormFixtures['scorm12-single']())).statusCode).toBe(403);
    expect((await uploadPackage(org.anonymous, scormFixtures['scorm12-single']())).statusCode).toBe(401);
    const direct = await org.as.ldAdmin.post('/api/v1/catalogue/items', {
      kind: 'scorm',
      versions: [{ language: 'nl', title: 'Zonder pakket' }],
    });
    expect(direct.statusCode).toBe(400);
    expect(direct.json().errors[0].field).toBe('kind');
  });

  it('sets the attempt rule, naming a missing limit', async () => {
    const { contentId } = (await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']())).json();
    const bad = await org.as.ldAdmin.put(`/api/v1/scorm/packages/${contentId}/settings`, {
      attemptRule: 'limited',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('maxAttempts');
    const good = await org.as.ldAdmin.put(`/api/v1/scorm/packages/${contentId}/settings`, {
      attemptRule: 'limited',
      maxAttempts: 2,
    });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ attemptRule: 'limited', maxAttempts: 2 });
  });

  it('keeps packages inside their organisation (404 for everyone else)', async () => {
    const { contentId } = (await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']())).json();
    expect((await other.as.ldAdmin.get(`/api/v1/scorm/packages/${contentId}`)).statusCode).toBe(404);
    expect(
      (await other.as.ldAdmin.put(`/api/v1/scorm/packages/${contentId}/settings`, { attemptRule: 'resume' }))
        .statusCode,
    ).toBe(404);
    const version = await uploadPackage(other.as.ldAdmin, scormFixtures['scorm12-single'](), {
      url: `/api/v1/scorm/packages/${contentId}/versions?midway=keep`,
    });
    expect(version.statusCode).toBe(404);
  });
});
