import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { runtimeHarness } from '../fixtures/runtime-harness.ts';
import { scormPersonalData } from '../scorm.personal-data.ts';

// The commit's quick way (commit-fast.ts): one guarded statement over the attempt as this process
// remembers it. These check that it never writes over something newer — a launch, an erasure, a
// commit of the same attempt at the same moment — and that it gives what the long way gives.

const contentOrigin = 'http://content.groeipad.test';
const { app, db } = await startTestApp({ contentOrigin });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

const { publishedPackage, launch, commit } = runtimeHarness(app, () => org);

const tenant = () => forOrganisation(db, org.organisation.id);
const scoRow = (attemptId: string) =>
  tenant()
    .selectFrom('scorm_sco_states')
    .select(['cmi', 'commits', 'total_seconds', 'session_seconds', 'completion_status'])
    .where('attempt_id', '=', attemptId)
    .executeTakeFirstOrThrow();
const attemptRow = (attemptId: string) =>
  tenant()
    .selectFrom('scorm_attempts')
    .select(['total_seconds', 'progress_percent', 'completion_status', 'revision', 'completed_at'])
    .where('id', '=', attemptId)
    .executeTakeFirstOrThrow();

describe('the quick way of a commit', () => {
  it('keeps every commit of a learner moving on, with time and commit count as the long way has them', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.employee, contentId);
    for (let step = 1; step <= 5; step++) {
      const response = await commit(launched, {
        'cmi.core.lesson_status': 'incomplete',
        'cmi.core.lesson_location': String(step),
        'cmi.core.session_time': `0000:0${step}:00`,
        'cmi.suspend_data': `slide ${step}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().result).toMatchObject({
        completionStatus: 'incomplete',
        totalSeconds: step * 60,
      });
    }
    expect(await scoRow(launched.attempt.id)).toMatchObject({
      commits: 5,
      session_seconds: 300,
      cmi: expect.objectContaining({ 'cmi.core.lesson_location': '5', 'cmi.suspend_data': 'slide 5' }),
    });
    expect(await attemptRow(launched.attempt.id)).toMatchObject({ total_seconds: 300 });
    // A commit that finishes goes the long way: completion, progress and the date.
    const done = await commit(launched, { 'cmi.core.lesson_status': 'completed' });
    expect(done.json()).toMatchObject({ isDone: true, result: { progressPercent: 100 } });
    expect((await attemptRow(launched.attempt.id)).completed_at).not.toBeNull();
  });

  it('does not write over a launch in between: the session time moved to the total stays there', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const first = await launch(org.as.employee, contentId);
    const values = { 'cmi.core.lesson_status': 'incomplete', 'cmi.core.session_time': '0000:02:00' };
    expect((await commit(first, values)).statusCode).toBe(200);
    expect((await commit(first, { ...values, 'cmi.core.lesson_location': '2' })).statusCode).toBe(200);
    // The reload: the two minutes move from session to total; the old token's late beacon still lands.
    const second = await launch(org.as.employee, contentId);
    expect(second.cmi['cmi.core.total_time']).toBe('0000:02:00.00');
    const late = await commit(first, { 'cmi.core.lesson_location': '3' });
    expect(late.statusCode, late.body).toBe(200);
    // (The late commit still carries its session's time, as the long way always counted it.)
    const row = await scoRow(first.attempt.id);
    expect(row.total_seconds).toBe(120);
    expect(row.cmi).toMatchObject({ 'cmi.core.lesson_location': '3' });
  });

  it('does not bring back CMI data an erasure took away', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.employee, contentId);
    const values = { 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': 'private notes' };
    expect((await commit(launched, values)).statusCode).toBe(200);
    expect((await commit(launched, { ...values, 'cmi.core.lesson_location': '2' })).statusCode).toBe(200);
    const [contributor] = scormPersonalData;
    await contributor?.erase(tenant(), org.people.employee.id);
    expect((await commit(launched, { 'cmi.core.lesson_location': '3' })).statusCode).toBe(200);
    const { cmi } = await scoRow(launched.attempt.id);
    expect(cmi).toEqual({ 'cmi.core.lesson_location': '3' });
  });

  it('applies commits of one attempt sent at the same moment one after the other', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.employee, contentId);
    expect((await commit(launched, { 'cmi.core.lesson_status': 'incomplete' })).statusCode).toBe(200);
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        commit(launched, { 'cmi.core.lesson_location': String(i + 1), 'cmi.suspend_data': `s${i}` }),
      ),
    );
    for (const response of responses) expect(response.statusCode, response.body).toBe(200);
    const row = await scoRow(launched.attempt.id);
    expect(row.commits).toBe(9);
    expect(row.cmi).toMatchObject({ 'cmi.core.lesson_status': 'incomplete' });
  });
});
