import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBus } from '../../../core/bus.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { zipOf } from '../../../uploads/zip-fixtures.ts';
import {
  courseIri,
  fixtureCourseZip,
  fixtureStructure,
  readingAu,
  testAu,
} from '../fixtures/cmi5-courses.ts';
import { sessionHarness } from '../fixtures/session-harness.ts';
import { uploadCourse } from '../fixtures/upload.ts';
import { abandonIdleSessions } from '../launch/abandon.ts';

// What finishes a cmi5 session or an AU besides the AU itself: the job that abandons silent sessions,
// L&D waiving an AU, statements with attachments from a session; and where a course comes from:
// an address on the internet, a new version over the old one.

const { app, db, config } = await startTestApp({
  contentOrigin: 'http://content.groeipad.test',
  cmi5SessionTimeoutMinutes: 60,
  outboundAllowedHosts: ['127.0.0.1'],
});
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let contentId: string;
const { lrs, launch, statement } = sessionHarness(app, () => contentId);
const verbs = {
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
};
// biome-ignore lint/suspicious/noExplicitAny: statements as the LRS browser answers them
const statementsWith = async (verb: string): Promise<any[]> =>
  (await org.as.ldAdmin.get(`/api/v1/lrs/statements?verb=${encodeURIComponent(verb)}`))
    .json()
    // biome-ignore lint/suspicious/noExplicitAny: as above
    .statements.map((row: any) => row.statement);

let server: Server;
let serverUrl: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const made = await uploadCourse(org.as.ldAdmin, fixtureCourseZip());
  contentId = made.json().contentId;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });
  server = createServer((request, reply) => {
    if (request.url === '/courses/hygiene.zip') {
      reply.writeHead(200, { 'content-type': 'application/zip' }).end(fixtureCourseZip());
    } else if (request.url === '/redirect') {
      reply.writeHead(302, { location: '/courses/hygiene.zip' }).end();
    } else reply.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const deps = () => ({ db, config, bus: createBus(app.log), log: app.log });

describe('sessions nobody hears from', () => {
  it('are abandoned by the job after the timeout, with the session time, and their token stops working', async () => {
    const silent = await launch(org.as.employee, readingAu);
    expect((await lrs(silent.auth, 'POST', 'statements', statement(silent, 'initialized'))).statusCode).toBe(
      200,
    );
    const before = (await statementsWith(verbs.abandoned)).length;

    // Within the timeout nothing happens.
    expect(await abandonIdleSessions(deps(), new Date(Date.now() + 30 * 60_000))).toEqual({ abandoned: 0 });
    // Past it the session is over.
    const result = await abandonIdleSessions(deps(), new Date(Date.now() + 61 * 60_000));
    expect(result.abandoned).toBeGreaterThanOrEqual(1);
    const abandoned = await statementsWith(verbs.abandoned);
    expect(abandoned.length).toBe(before + 1);
    expect(abandoned[0]).toMatchObject({
      object: { id: silent.params.activityId },
      context: { registration: silent.params.registration },
      result: { duration: expect.stringMatching(/^PT/) },
    });
    const late = await lrs(silent.auth, 'POST', 'statements', statement(silent, 'terminated'));
    expect(late.statusCode).toBe(401);
    // A second run finds nothing more to do.
    expect(await abandonIdleSessions(deps(), new Date(Date.now() + 61 * 60_000))).toEqual({ abandoned: 0 });
  });
});

describe('statements with attachments from a session', () => {
  it('are checked by the cmi5 rules and stored with their attachment', async () => {
    const launched = await launch(org.as.manager, readingAu);
    const attachment = Buffer.from('Handen gewassen: ja');
    const { createHash } = await import('node:crypto');
    const sha2 = createHash('sha256').update(attachment).digest('hex');
    const body = (verb: string) => ({
      ...statement(launched, verb),
      attachments: [
        {
          usageType: 'http://id.tincanapi.com/attachment/supporting_media',
          display: { 'nl-NL': 'Notitie' },
          contentType: 'text/plain',
          length: attachment.length,
          sha2,
        },
      ],
    });
    const multipart = (value: unknown) => {
      const boundary = 'groeipadcmi5';
      return app.inject({
        method: 'POST',
        url: '/cmi5/lrs/statements',
        headers: {
          authorization: `Basic ${launched.auth}`,
          'x-experience-api-version': '1.0.3',
          'content-type': `multipart/mixed; boundary=${boundary}`,
        },
        payload: Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(value)}\r\n` +
              `--${boundary}\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${sha2}\r\n\r\n`,
          ),
          attachment,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]),
      });
    };
    // The first statement of a session must be initialized (cmi5 9.3.2), attachments or not.
    const early = await multipart(body('terminated'));
    expect(early.statusCode).toBe(403);
    expect(early.json().rule).toContain('9.3.2');
    const stored = await multipart(body('initialized'));
    expect(stored.statusCode, stored.body).toBe(200);
    const [id] = stored.json();
    const back = (await statementsWith('http://adlnet.gov/expapi/verbs/initialized')).find(
      (row) => row.id === id,
    );
    expect(JSON.stringify(back)).toContain(sha2);
    const broken = await app.inject({
      method: 'POST',
      url: '/cmi5/lrs/statements',
      headers: {
        authorization: `Basic ${launched.auth}`,
        'content-type': 'multipart/mixed; boundary=nothing',
      },
      payload: 'no parts here',
    });
    expect(broken.statusCode).toBe(400);
  });
});

describe('waiving an AU', () => {
  const waive = (client: Client, body: object, id = contentId) =>
    client.post(`/api/v1/cmi5/courses/${id}/waivers`, body);

  it('counts toward moveOn: the course is satisfied and completed for the learner', async () => {
    const learner = org.people.hrAdmin.id;
    const first = await waive(org.as.ldAdmin, { personId: learner, auId: testAu, reason: 'Tested Out' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ auId: testAu, reason: 'Tested Out', isCourseSatisfied: false });
    const second = await waive(org.as.ldAdmin, {
      personId: learner,
      auId: readingAu,
      reason: 'Equivalent AU',
    });
    expect(second.json().isCourseSatisfied).toBe(true);

    const seen = (await org.as.hrAdmin.get(`/api/v1/cmi5/courses/${contentId}`)).json();
    expect(seen.units.map((unit: { status: string }) => unit.status)).toEqual(['waived', 'waived']);
    expect(seen.units[1].waivedReason).toBe('Tested Out');
    expect(seen.registration.isSatisfied).toBe(true);
    const item = await org.as.hrAdmin.get(`/api/v1/learning/items/${contentId}`);
    expect(item.json()).toMatchObject({ progress: { percent: 100, completedAt: expect.any(String) } });

    const waived = (await statementsWith(verbs.waived)).filter((row) => row.actor.account?.name === learner);
    expect(waived).toHaveLength(2);
    expect(waived.find((row) => row.result.extensions)).toMatchObject({
      result: {
        success: true,
        completion: true,
        extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/reason': expect.any(String) },
      },
      context: {
        contextActivities: {
          category: expect.arrayContaining([
            expect.objectContaining({ id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' }),
          ]),
        },
      },
    });
    const satisfied = (await statementsWith(verbs.satisfied)).filter(
      (row) => row.actor.account?.name === learner,
    );
    expect(satisfied.map((row) => row.object.id)).toEqual(expect.arrayContaining([courseIri]));

    // Already satisfied: nothing to waive.
    const again = await waive(org.as.ldAdmin, { personId: learner, auId: testAu, reason: 'Administrative' });
    expect(again.statusCode).toBe(409);
  });

  it('is for L&D in the course’s organisation, and names a bad field', async () => {
    const body = { personId: org.people.owner.id, auId: readingAu, reason: 'Administrative' };
    const state = async () =>
      (await org.as.owner.get(`/api/v1/cmi5/courses/${contentId}`)).json().units[0].status;
    const before = await state();
    const refused = await waive(org.as.employee, body);
    expect(refused.statusCode).toBe(403);
    expect(await state()).toBe(before);
    expect((await waive(other.as.ldAdmin, body)).statusCode).toBe(404);
    expect((await waive(org.as.ldAdmin, { ...body, personId: other.people.employee.id })).statusCode).toBe(
      404,
    );
    const badReason = await waive(org.as.ldAdmin, { ...body, reason: 'Because' });
    expect(badReason.statusCode).toBe(400);
    expect(JSON.stringify(badReason.json())).toContain('reason');
    const badAu = await waive(org.as.ldAdmin, { ...body, auId: 'urn:nothing' });
    expect(badAu.statusCode).toBe(400);
    expect(badAu.json().errors[0].field).toBe('auId');
    expect(await state()).toBe(before);
  });
});

describe('where a course comes from', () => {
  it('imports from an address, following a redirect, and refuses private and non-http addresses', async () => {
    const made = await org.as.ldAdmin.post('/api/v1/cmi5/courses/import-url', {
      url: `${serverUrl}/redirect`,
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      courseId: courseIri,
      fileCount: 4,
      sourceUrl: `${serverUrl}/redirect`,
    });
    for (const url of [
      'http://localhost:1/cmi5.xml',
      'http://10.0.0.8/cmi5.xml',
      'http://[::1]/cmi5.xml',
      'http://169.254.169.254/latest/meta-data',
    ]) {
      const refused = await org.as.ldAdmin.post('/api/v1/cmi5/courses/import-url', { url });
      expect(refused.statusCode, url).toBe(400);
      expect(refused.json().errors[0]).toMatchObject({ field: 'url', code: 'privateAddress' });
    }
    const ftp = await org.as.ldAdmin.post('/api/v1/cmi5/courses/import-url', {
      url: 'ftp://example.org/a.zip',
    });
    expect(ftp.statusCode).toBe(400);
    const missing = await org.as.ldAdmin.post('/api/v1/cmi5/courses/import-url', {
      url: `${serverUrl}/nothing`,
    });
    expect(missing.json().errors[0]).toMatchObject({ field: 'url', code: 'httpStatus' });
    expect(
      (await org.as.employee.post('/api/v1/cmi5/courses/import-url', { url: `${serverUrl}/redirect` }))
        .statusCode,
    ).toBe(403);
  });

  it('takes a new version over the old one: registrations and finished AUs stay, another course is refused', async () => {
    const reading = await launch(org.as.owner, readingAu);
    await lrs(reading.auth, 'POST', 'statements', statement(reading, 'initialized'));
    await lrs(
      reading.auth,
      'POST',
      'statements',
      statement(reading, 'completed', { moveOn: true, result: { completion: true } }),
    );
    const test = await launch(org.as.owner, testAu);
    // Version 2 drops the test: the reading AU is all there is, and its open session is abandoned.
    const withoutTest = fixtureStructure().replace(/<au id="[^"]+\/toets"[\s\S]*?<\/au>/, '');
    const v2 = zipOf([
      { name: 'cmi5.xml', content: Buffer.from(withoutTest) },
      { name: 'lezen/index.html', content: Buffer.from('<!doctype html><title>Lezen 2</title>') },
    ]);
    const upload = (client: Client, file: Buffer, id = contentId) =>
      uploadCourse(client, file, 'course-v2.zip', `/api/v1/cmi5/courses/${id}/versions`);
    const updated = await upload(org.as.ldAdmin, v2);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, fileCount: 2 });
    const seen = (await org.as.owner.get(`/api/v1/cmi5/courses/${contentId}`)).json();
    expect(seen.units.map((unit: { id: string }) => unit.id)).toEqual([readingAu]);
    expect(seen.units[0].status).toBe('satisfied');
    expect(seen.registration.id).toBe(reading.params.registration);
    expect((await lrs(test.auth, 'POST', 'statements', statement(test, 'initialized'))).statusCode).toBe(401);

    const otherCourse = zipOf([
      {
        name: 'cmi5.xml',
        content: Buffer.from(withoutTest.replaceAll(courseIri, 'https://elders.example/c')),
      },
      { name: 'lezen/index.html', content: Buffer.from('x') },
    ]);
    const refused = await upload(org.as.ldAdmin, otherCourse);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ field: 'file', code: 'otherCourse' });
    expect((await upload(org.as.employee, v2)).statusCode).toBe(403);
    expect((await upload(other.as.ldAdmin, v2)).statusCode).toBe(404);
    expect((await org.as.owner.get(`/api/v1/cmi5/courses/${contentId}`)).json().version).toBe(2);
  });
});
