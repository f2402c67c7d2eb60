import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { fixtureCourseZip, readingAu, testAu } from '../fixtures/cmi5-courses.ts';
import { type Launched, sessionHarness } from '../fixtures/session-harness.ts';
import { uploadCourse } from '../fixtures/upload.ts';

// A learner's way through the project's own course, as an AU does it over HTTP: launch, fetch the
// auth token (once), read LMS.LaunchData, statements in the order cmi5 asks, and the course satisfied.

const { app, db } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let contentId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const made = await uploadCourse(org.as.ldAdmin, fixtureCourseZip());
  contentId = made.json().contentId;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });
});

const { lrs, launch, statement } = sessionHarness(app, () => contentId);

/** A cmi5 "allowed" statement: any verb, without the cmi5 category. */
function allowed(launched: Launched, verb: string) {
  const base = statement(launched, verb);
  return {
    ...base,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
    context: { ...base.context, contextActivities: { grouping: base.context.contextActivities.grouping } },
  };
}

const course = async (client: Client) => (await client.get(`/api/v1/cmi5/courses/${contentId}`)).json();

describe('a cmi5 launch', () => {
  it('gives a launch URL with the cmi5 parameters and the fetch token only once', async () => {
    const response = await org.as.employee.post(`/api/v1/cmi5/courses/${contentId}/launch`, {
      auId: readingAu,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().launchMethod).toBe('AnyWindow');
    const url = new URL(response.json().url);
    expect(url.origin).toBe('http://content.groeipad.test');
    expect(url.pathname).toMatch(/^\/cmi5-content\/[^/]+\/lezen\/index\.html$/);
    expect([...url.searchParams.keys()].sort()).toEqual([
      'activityId',
      'actor',
      'endpoint',
      'fetch',
      'registration',
    ]);
    expect(url.searchParams.get('endpoint')).toBe('http://groeipad.test/cmi5/lrs/');
    expect(JSON.parse(url.searchParams.get('actor')!)).toEqual({
      objectType: 'Agent',
      account: {
        homePage: `http://groeipad.test/organisations/${org.organisation.id}`,
        name: org.people.employee.id,
      },
    });
    // The AU page itself comes from the content origin.
    const page = await app.inject({
      method: 'GET',
      url: url.pathname,
      headers: { host: 'content.groeipad.test' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lezen');
    const fetchPath = new URL(url.searchParams.get('fetch')!).pathname;
    const first = await app.inject({ method: 'POST', url: fetchPath });
    expect(first.statusCode).toBe(200);
    expect(first.json()['auth-token']).toEqual(expect.any(String));
    const second = await app.inject({ method: 'POST', url: fetchPath });
    expect(second.json()).toMatchObject({ 'error-code': '1' });
    expect((await app.inject({ method: 'POST', url: '/cmi5/fetch/forged' })).json()).toMatchObject({
      'error-code': '2',
    });
  });

  it('writes LMS.LaunchData with the AU settings, and refuses another learner’s documents', async () => {
    const launched = await launch(org.as.employee, testAu);
    expect(launched.launchData).toMatchObject({
      launchMode: 'Normal',
      launchMethod: 'OwnWindow',
      moveOn: 'Passed',
      masteryScore: 0.8,
      launchParameters: '{"questions":5}',
      entitlementKey: { courseStructure: 'hygiene-2026' },
      returnURL: `http://groeipad.test/learning/items/${contentId}`,
      contextTemplate: {
        contextActivities: { grouping: [{ id: testAu }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': expect.any(String) },
      },
    });
    const someoneElse = new URLSearchParams({
      activityId: launched.params.activityId!,
      agent: JSON.stringify({ account: { homePage: 'http://groeipad.test', name: org.people.manager.id } }),
      stateId: 'LMS.LaunchData',
    });
    expect((await lrs(launched.auth, 'GET', `activities/state?${someoneElse}`)).statusCode).toBe(403);
    expect((await lrs('bm9wZTpub3Bl', 'GET', 'about')).statusCode).toBe(401);
  });

  it('takes the learner through both AUs to a satisfied course and a completed catalogue item', async () => {
    const learner = org.as.manager;
    const reading = await launch(learner, readingAu);
    expect(
      (await lrs(reading.auth, 'POST', 'statements', statement(reading, 'initialized'))).statusCode,
    ).toBe(200);
    const done = await lrs(reading.auth, 'POST', 'statements', [
      statement(reading, 'completed', { moveOn: true, result: { completion: true } }),
      statement(reading, 'terminated'),
    ]);
    expect(done.statusCode, done.body).toBe(200);
    let seen = await course(learner);
    expect(seen.units.map((unit: { status: string }) => unit.status)).toEqual(['satisfied', 'not_started']);
    expect(seen.registration.isSatisfied).toBe(false);

    const test = await launch(learner, testAu);
    await lrs(test.auth, 'POST', 'statements', statement(test, 'initialized'));
    const failed = await lrs(
      test.auth,
      'POST',
      'statements',
      statement(test, 'failed', {
        moveOn: true,
        result: { success: false, score: { scaled: 0.5 } },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 },
      }),
    );
    expect(failed.statusCode, failed.body).toBe(200);
    const passed = await lrs(
      test.auth,
      'POST',
      'statements',
      statement(test, 'passed', {
        moveOn: true,
        result: { success: true, score: { scaled: 0.9 } },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 },
      }),
    );
    expect(passed.statusCode, passed.body).toBe(200);
    seen = await course(learner);
    expect(seen.units.map((unit: { status: string }) => unit.status)).toEqual(['satisfied', 'passed']);
    expect(seen.registration.isSatisfied).toBe(true);

    // Progress like any other item: completed in "Mijn leren".
    const item = await learner.get(`/api/v1/learning/items/${contentId}`);
    expect(item.json()).toMatchObject({ progress: { percent: 100, completedAt: expect.any(String) } });
    // And celebrated like any other finished item (the learner's first step).
    expect((await learner.get('/api/v1/celebrations/mine')).json()).toEqual([
      expect.objectContaining({ kind: 'first_step' }),
    ]);
    // The LMS wrote satisfied for the block and the course, into the one statement store.
    const statements = await org.as.ldAdmin.get(
      `/api/v1/lrs/statements?verb=${encodeURIComponent('https://w3id.org/xapi/adl/verbs/satisfied')}`,
    );
    const objects = statements.json().statements.map((row: { object: { id: string } }) => row.object.id);
    expect(objects).toEqual(
      expect.arrayContaining([
        'https://groeipad.example/cmi5/hygiene/block/basis',
        'https://groeipad.example/cmi5/hygiene',
      ]),
    );
  });

  it('refuses statements that break the cmi5 session rules, storing nothing of the request', async () => {
    const launched = await launch(org.as.hrAdmin, testAu);
    const send = (body: unknown) => lrs(launched.auth, 'POST', 'statements', body);
    const refused = async (body: unknown, rule: string) => {
      const response = await send(body);
      expect(response.statusCode, response.body).toBe(403);
      expect(response.json().rule).toContain(rule);
    };
    await refused(statement(launched, 'completed', { moveOn: true, result: { completion: true } }), '9.3.2');
    await refused(
      { ...statement(launched, 'launched'), verb: { id: 'http://adlnet.gov/expapi/verbs/launched' } },
      'launched',
    );
    await refused(
      { ...statement(launched, 'initialized'), actor: { mbox: 'mailto:someone@example.org' } },
      '9.2.2',
    );
    await refused(
      { ...statement(launched, 'initialized'), context: { registration: crypto.randomUUID() } },
      '9.6.1',
    );
    expect((await send(statement(launched, 'initialized'))).statusCode).toBe(200);
    await refused(statement(launched, 'initialized'), '9.3.2');
    await refused(
      statement(launched, 'passed', {
        moveOn: true,
        result: { success: true, score: { scaled: 0.5 } },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 },
      }),
      'masteryScore',
    );
    await refused(statement(launched, 'passed', { moveOn: true, result: { success: true } }), '9.5.1');
    // A batch with one bad statement stores none of it.
    await refused(
      [
        allowed(launched, 'experienced'),
        statement(launched, 'completed', { moveOn: true, result: { completion: false } }),
      ],
      '9.5.3',
    );
    // An allowed statement between initialized and terminated is stored as sent.
    expect((await send(allowed(launched, 'experienced'))).statusCode).toBe(200);
    await refused(
      { ...allowed(launched, 'experienced'), context: { ...statement(launched, 'x').context } },
      '9.6.2.1',
    );
    expect((await send(statement(launched, 'terminated'))).statusCode).toBe(200);
    await refused(allowed(launched, 'experienced'), '9.3.8');
    const seen = await course(org.as.hrAdmin);
    expect(seen.units[1].status).toBe('in_progress');
  });

  it('records an abandoned session when the AU never terminated, and Browse mode counts nothing', async () => {
    const first = await launch(org.as.owner, readingAu);
    await lrs(first.auth, 'POST', 'statements', statement(first, 'initialized'));
    const second = await launch(org.as.owner, readingAu, 'Browse');
    expect(second.launchData.launchMode).toBe('Browse');
    // The old session is over: its token no longer writes.
    expect((await lrs(first.auth, 'POST', 'statements', statement(first, 'terminated'))).statusCode).toBe(
      401,
    );
    await lrs(second.auth, 'POST', 'statements', statement(second, 'initialized'));
    const completed = await lrs(
      second.auth,
      'POST',
      'statements',
      statement(second, 'completed', { moveOn: true, result: { completion: true } }),
    );
    expect(completed.statusCode).toBe(403);
    expect(completed.json().rule).toContain('launchMode');
    const abandoned = await org.as.ldAdmin.get(
      `/api/v1/lrs/statements?verb=${encodeURIComponent('https://w3id.org/xapi/adl/verbs/abandoned')}`,
    );
    expect(abandoned.json().statements.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps courses to their organisation and launches to learners who may see them', async () => {
    expect(
      (await other.as.employee.post(`/api/v1/cmi5/courses/${contentId}/launch`, { auId: readingAu }))
        .statusCode,
    ).toBe(404);
    const bad = await org.as.employee.post(`/api/v1/cmi5/courses/${contentId}/launch`, {
      auId: 'urn:nothing',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('auId');
    expect(
      (await anonymous(app).post(`/api/v1/cmi5/courses/${contentId}/launch`, { auId: readingAu })).statusCode,
    ).toBe(401);
  });
});
