import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { runtimeHarness } from '../fixtures/runtime-harness.ts';
import { scormFixtures } from '../fixtures/scorm-packages.ts';
import { uploadPackage } from '../fixtures/upload.ts';

const contentOrigin = 'http://content.groeipad.test';
const { app, db } = await startTestApp({ contentOrigin });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

const { publishedPackage, launch, commit } = runtimeHarness(app, () => org);

const statementsOf = async (contentId: string) =>
  (
    await forOrganisation(db, org.organisation.id)
      .selectFrom('xapi_statements')
      .select('verb_id')
      .where('object_id', '=', contentId)
      .orderBy('seq')
      .execute()
  ).map((row) => row.verb_id.split('/').pop());

describe('playing a SCORM 1.2 package', () => {
  it('stores CMI data, resumes on the same page with the answers kept, and stays in one attempt', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const first = await launch(org.as.employee, contentId);
    expect(first.attempt).toMatchObject({ number: 1, isNew: true, isReview: false });
    expect(first.cmi).toMatchObject({
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_mode': 'normal',
      'cmi.student_data.mastery_score': '80',
    });
    expect(first.cmi['cmi.core.student_name']).toContain('Emre');
    expect(first.sco.launchUrl).toMatch(
      new RegExp(`^${contentOrigin}/scorm-content/[^/]+/module/index.html$`),
    );

    const saved = await commit(first, {
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': '2',
      'cmi.suspend_data': '{"answers":{"poetsen":"Twee keer"}}',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().result).toMatchObject({ completionStatus: 'incomplete', successStatus: 'unknown' });
    // Closing the tab: the beacon, as text/plain.
    const beacon = await app.inject({
      method: 'POST',
      url: '/api/v1/scorm/commits',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      payload: JSON.stringify({
        token: first.commitToken,
        scoId: 'module',
        values: { 'cmi.core.session_time': '0000:02:30.00' },
        isUnload: true,
      }),
    });
    expect(beacon.statusCode, beacon.body).toBe(200);

    const again = await launch(org.as.employee, contentId);
    expect(again.attempt).toMatchObject({ id: first.attempt.id, isNew: false });
    expect(again.commitToken).not.toBe(first.commitToken);
    expect(again.cmi).toMatchObject({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_location': '2',
      'cmi.suspend_data': '{"answers":{"poetsen":"Twee keer"}}',
      'cmi.core.total_time': '0000:02:30.00',
    });
    // The previous token still lands a commit under way (its data, not its time again: that session's
    // time was counted at the relaunch); the one before it is gone.
    const late = await commit(first, {
      'cmi.core.lesson_location': '2',
      'cmi.core.session_time': '0000:02:30.00',
    });
    expect(late.statusCode).toBe(200);
    const third = await launch(org.as.employee, contentId);
    expect(third.cmi['cmi.core.total_time']).toBe('0000:02:30.00');
    expect((await commit(first, { 'cmi.core.lesson_location': '3' })).statusCode).toBe(401);
    expect((await commit(third, { 'cmi.core.lesson_location': '3' })).statusCode).toBe(200);
  });

  it('completes the item on a pass (mastery score), with the result in Mijn leren and the statement store', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.manager, contentId);
    const passed = await commit(
      launched,
      { 'cmi.core.lesson_status': 'completed', 'cmi.core.score.raw': '90', 'cmi.core.exit': '' },
      { isTerminated: true },
    );
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json()).toMatchObject({
      result: {
        completionStatus: 'completed',
        successStatus: 'passed',
        scoreScaled: 0.9,
        progressPercent: 100,
      },
      isDone: true,
      finished: { content: true },
    });
    const mine = (await org.as.manager.get('/api/v1/learning/mine')).json();
    expect(JSON.stringify(mine.completed)).toContain(contentId);
    // Finished in a package is finished like any item: the learner's first step is celebrated.
    expect((await org.as.manager.get('/api/v1/celebrations/mine')).json()).toEqual([
      expect.objectContaining({ kind: 'first_step' }),
    ]);
    const item = (await org.as.manager.get(`/api/v1/learning/items/${contentId}`)).json();
    expect(item.progress).toMatchObject({ percent: 100, completedAt: expect.any(String) });
    expect(await statementsOf(contentId)).toEqual(
      expect.arrayContaining(['launched', 'initialized', 'progressed', 'passed', 'completed', 'terminated']),
    );
    // The audit trail has the attempt's start and its finish, not every commit.
    const audit = await forOrganisation(db, org.organisation.id)
      .selectFrom('events')
      .select('action')
      .where('subject_id', '=', contentId)
      .where('action', 'like', 'scorm.attempt_%')
      .orderBy('created_at')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['scorm.attempt_started', 'scorm.attempt_finished']);
  });

  it('fails below the mastery score: not completed, a failed statement', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.hrAdmin, contentId);
    const failed = await commit(launched, {
      'cmi.core.lesson_status': 'completed',
      'cmi.core.score.raw': '50',
    });
    expect(failed.json()).toMatchObject({
      result: { completionStatus: 'completed', successStatus: 'failed' },
      isDone: false,
      finished: null,
    });
    const item = (await org.as.hrAdmin.get(`/api/v1/learning/items/${contentId}`)).json();
    expect(item.progress.completedAt).toBeNull();
    expect(await statementsOf(contentId)).toContain('failed');
  });

  it('refuses what the data model does not allow, naming the element; 4,096 characters of suspend_data fit', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.owner, contentId);
    expect((await commit(launched, { 'cmi.suspend_data': 'x'.repeat(4096) })).statusCode).toBe(200);
    const tooLong = await commit(launched, { 'cmi.suspend_data': 'x'.repeat(4097) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([
      { field: 'values.cmi.suspend_data', message: 'holds at most 4096 characters', code: 'tooLong' },
    ]);
    const wrong = await commit(launched, { 'cmi.core.lesson_status': 'done', 'window.location': 'x' });
    expect(wrong.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'values.cmi.core.lesson_status',
      'values.window.location',
    ]);
    expect((await commit({ ...launched, sco: { ...launched.sco, id: 'other' } }, {})).statusCode).toBe(400);
    expect((await commit({ ...launched, commitToken: 'x'.repeat(43) }, {})).statusCode).toBe(401);
  });
});

describe('playing a SCORM 2004 package', () => {
  it('follows completion and success status, 64,000 characters of suspend_data, and stores interactions', async () => {
    const contentId = await publishedPackage('scorm2004-single');
    const launched = await launch(org.as.employee, contentId);
    expect(launched.cmi).toMatchObject({ 'cmi.entry': 'ab-initio', 'cmi.scaled_passing_score': '0.8' });
    expect((await commit(launched, { 'cmi.suspend_data': 'y'.repeat(64001) })).statusCode).toBe(400);
    const answered = await commit(launched, {
      'cmi.suspend_data': 'y'.repeat(64000),
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'failed',
      'cmi.score.scaled': '0.85',
      'cmi.interactions.0.id': 'poetsen',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.learner_response': 'Twee keer',
      'cmi.interactions.0.result': 'correct',
      'cmi.interactions.0.latency': 'PT7S',
    });
    // The scaled passing score decides success, whatever the SCO said.
    expect(answered.json()).toMatchObject({ result: { successStatus: 'passed' }, isDone: true });
    const rows = await forOrganisation(db, org.organisation.id)
      .selectFrom('scorm_interactions')
      .selectAll()
      .where('attempt_id', '=', launched.attempt.id)
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({
        interaction_id: 'poetsen',
        learner_response: 'Twee keer',
        result: 'correct',
        latency_seconds: 7,
      }),
    ]);
    expect(await statementsOf(contentId)).toContain('answered');
  });

  it('walks a multi-SCO package: each SCO its own data, the attempt completes when all are', async () => {
    const contentId = await publishedPackage('scorm2004-multi');
    let launched = await launch(org.as.employee, contentId);
    expect(launched.sco.id).toBe('intro');
    for (const scoId of ['intro', 'practice', 'closing']) {
      launched = await launch(org.as.employee, contentId, { scoId });
      const answer = await commit(
        launched,
        {
          'cmi.completion_status': 'completed',
          'cmi.exit': 'normal',
          ...(scoId === 'practice' ? { 'cmi.score.scaled': '1' } : {}),
        },
        { isTerminated: true },
      );
      expect(answer.json().isDone).toBe(scoId === 'closing');
    }
    const back = await launch(org.as.employee, contentId, { scoId: 'practice' });
    // Ended normally last time: a new learner attempt of the SCO starts fresh.
    expect(back.cmi['cmi.entry']).toBe('');
    expect(back.cmi['cmi.score.scaled']).toBeUndefined();
    expect(back.scos.map((sco) => sco.completionStatus)).toEqual(['completed', 'completed', 'completed']);
    const unknown = await org.as.employee.post(`/api/v1/scorm/${contentId}/launch`, { scoId: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('scoId');
  });
});

describe('attempt rules', () => {
  it('starts a new attempt after completion, and only reviews once a limit is used', async () => {
    const contentId = await publishedPackage('scorm12-single', { attemptRule: 'limited', maxAttempts: 2 });
    const first = await launch(org.as.employee, contentId);
    await commit(first, { 'cmi.core.lesson_status': 'passed' });
    const second = await launch(org.as.employee, contentId);
    expect(second.attempt).toMatchObject({ number: 2, isNew: true, canStartNew: false });
    expect(second.cmi['cmi.core.lesson_status']).toBeUndefined();
    await commit(second, { 'cmi.core.lesson_status': 'failed' });
    const review = await launch(org.as.employee, contentId);
    expect(review.attempt).toMatchObject({ number: 2, isReview: true });
    expect(review.commitToken).toBeNull();
    expect(review.cmi['cmi.core.lesson_mode']).toBe('review');
    const more = await org.as.employee.post(`/api/v1/scorm/${contentId}/launch`, { newAttempt: true });
    expect(more.statusCode).toBe(409);
  });

  it('lets the learner start again on request under "new attempt after completion"', async () => {
    const contentId = await publishedPackage('scorm12-single', { attemptRule: 'new_after_completion' });
    const first = await launch(org.as.employee, contentId);
    await commit(first, { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.lesson_location': '1' });
    const fresh = await launch(org.as.employee, contentId, { newAttempt: true });
    expect(fresh.attempt).toMatchObject({ number: 2, isNew: true });
    expect((await commit(first, {})).statusCode).toBe(401);
  });
});

describe('new versions', () => {
  it('keeps people midway on their version, or starts them afresh on the new one', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const midway = await launch(org.as.employee, contentId);
    await commit(midway, { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.lesson_location': '2' });
    const kept = await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single'](), {
      url: `/api/v1/scorm/packages/${contentId}/versions?midway=keep`,
    });
    expect(kept.statusCode, kept.body).toBe(201);
    expect(kept.json()).toMatchObject({
      version: { number: 2 },
      versions: [{ number: 2, midwayRule: 'keep' }, { number: 1 }],
    });
    const resumed = await launch(org.as.employee, contentId);
    expect(resumed.attempt.id).toBe(midway.attempt.id);
    expect(resumed.cmi['cmi.core.lesson_location']).toBe('2');

    const restarted = await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single'](), {
      url: `/api/v1/scorm/packages/${contentId}/versions?midway=restart`,
    });
    expect(restarted.statusCode, restarted.body).toBe(201);
    const fresh = await launch(org.as.employee, contentId);
    expect(fresh.attempt).toMatchObject({ number: 2, isNew: true });
    expect(fresh.cmi['cmi.core.lesson_location']).toBeUndefined();
    expect(fresh.sco.launchUrl).not.toBe(resumed.sco.launchUrl);
  });
});

describe('isolation', () => {
  it('never opens a package for another organisation, and drafts only for L&D', async () => {
    const contentId = await publishedPackage('scorm12-single');
    expect((await other.as.employee.post(`/api/v1/scorm/${contentId}/launch`, {})).statusCode).toBe(404);
    expect((await org.anonymous.post(`/api/v1/scorm/${contentId}/launch`, {})).statusCode).toBe(401);
    const draft = (await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']())).json().contentId;
    expect((await org.as.employee.post(`/api/v1/scorm/${draft}/launch`, {})).statusCode).toBe(404);
    expect((await org.as.ldAdmin.post(`/api/v1/scorm/${draft}/launch`, {})).statusCode).toBe(200);
  });
});
