import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { zipOf } from '../../../uploads/zip-fixtures.ts';
import {
  externalStructure,
  fixtureCourseZip,
  fixtureStructure,
  readingAu,
  testAu,
} from '../fixtures/cmi5-courses.ts';
import { uploadCourse } from '../fixtures/upload.ts';

const { app, db } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('importing a cmi5 course', () => {
  it('reads blocks, AUs, objectives, moveOn, masteryScore, launch settings from a zip', async () => {
    const response = await uploadCourse(org.as.ldAdmin, fixtureCourseZip(), 'hygiene.zip');
    expect(response.statusCode, response.body).toBe(201);
    const course = response.json();
    expect(course).toMatchObject({
      title: 'Handhygiëne (cmi5)',
      courseId: 'https://groeipad.example/cmi5/hygiene',
      fileCount: 4,
      originalName: 'hygiene.zip',
      isPlayable: true,
      registration: null,
      objectives: [{ title: 'Handen goed wassen' }],
      structure: [{ kind: 'block', title: 'Basis', children: [{ kind: 'au' }, { kind: 'au' }] }],
    });
    expect(course.units).toEqual([
      expect.objectContaining({
        id: readingAu,
        moveOn: 'Completed',
        masteryScore: null,
        launchMethod: 'AnyWindow',
        isExternal: false,
        blockTitles: ['Basis'],
        status: 'not_started',
      }),
      expect.objectContaining({
        id: testAu,
        moveOn: 'Passed',
        masteryScore: 0.8,
        launchMethod: 'OwnWindow',
        launchParameters: '{"questions":5}',
        entitlementKey: 'hygiene-2026',
      }),
    ]);
    const item = await org.as.ldAdmin.get(`/api/v1/catalogue/items/${course.contentId}`);
    expect(item.json()).toMatchObject({ kind: 'cmi5', status: 'draft' });
  });

  it('takes a cmi5.xml on its own whose AUs are hosted elsewhere', async () => {
    const response = await uploadCourse(org.as.ldAdmin, externalStructure(), 'cmi5.xml');
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().units.map((unit: { isExternal: boolean }) => unit.isExternal)).toEqual([
      true,
      true,
    ]);
    expect(response.json().fileCount).toBe(0);
  });

  it('refuses a cmi5.xml on its own with relative AU addresses, naming the line', async () => {
    const response = await uploadCourse(org.as.ldAdmin, Buffer.from(fixtureStructure()), 'cmi5.xml');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('package_rejected');
    expect(body.errors).toEqual([
      expect.objectContaining({ code: 'relativeUrlWithoutFiles', file: 'cmi5.xml', line: 20 }),
      expect.objectContaining({ code: 'relativeUrlWithoutFiles', file: 'cmi5.xml', line: 25 }),
    ]);
    expect(body.detail).toContain('cmi5.xml line 20');
  });

  it('lists every problem of a broken cmi5.xml with its line', async () => {
    const broken = fixtureStructure()
      .replace('moveOn="Completed"', 'moveOn="Sometimes"')
      .replace('masteryScore="0.8"', 'masteryScore="80"')
      .replace('launchMethod="OwnWindow"', 'launchMethod="Popup"')
      .replace('<url>toets/index.html</url>', '<url>toets/missing.html</url>')
      .replace('idref="https://groeipad.example/cmi5/hygiene/objective/handen"', 'idref="urn:nothing"');
    const response = await uploadCourse(
      org.as.ldAdmin,
      zipOf([
        { name: 'cmi5.xml', content: Buffer.from(broken) },
        { name: 'lezen/index.html', content: Buffer.from('<p>hi</p>') },
      ]),
    );
    expect(response.statusCode).toBe(400);
    const codes = response
      .json()
      .errors.map((error: { code: string; line: number }) => `${error.code}@${error.line}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'badMoveOn@17',
        'badMasteryScore@22',
        'badLaunchMethod@22',
        'missingFile@25',
        'unknownObjective@16',
      ]),
    );
  });

  it('names the line of XML that does not parse, and refuses a zip without cmi5.xml', async () => {
    const bad = await uploadCourse(
      org.as.ldAdmin,
      Buffer.from('<courseStructure>\n<course id="urn:a">\n</courseStructure>'),
      'cmi5.xml',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ code: 'badXml', line: expect.any(Number) });
    const scorm = await uploadCourse(
      org.as.ldAdmin,
      zipOf([{ name: 'imsmanifest.xml', content: Buffer.from('<manifest/>') }]),
    );
    expect(scorm.statusCode).toBe(400);
    expect(scorm.json().errors[0].code).toBe('isScorm');
    const text = await uploadCourse(org.as.ldAdmin, Buffer.from('hello'), 'notes.txt');
    expect(text.statusCode).toBe(415);
  });

  it('is for L&D only, and another organisation does not see the course', async () => {
    expect((await uploadCourse(org.as.employee, fixtureCourseZip())).statusCode).toBe(403);
    const made = await uploadCourse(org.as.ldAdmin, fixtureCourseZip());
    const contentId = made.json().contentId;
    expect((await other.as.ldAdmin.get(`/api/v1/cmi5/courses/${contentId}`)).statusCode).toBe(404);
    // A draft is not the learner's either.
    expect((await org.as.employee.get(`/api/v1/cmi5/courses/${contentId}`)).statusCode).toBe(404);
  });
});
