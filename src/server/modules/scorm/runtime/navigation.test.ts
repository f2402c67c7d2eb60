import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { type Launch, runtimeHarness } from '../fixtures/runtime-harness.ts';

// SCORM 2004 navigation requests that end more than the SCO: suspendAll, exitAll, abandon, abandonAll.

const { app, db } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

const { publishedPackage, launch, commit } = runtimeHarness(app, () => org);

/** What a SCO sends when the learner leaves with adl.nav.request set: the Terminate's commit. */
const leave = (launched: Launch, navRequest: string, values: Record<string, string> = {}) =>
  commit(launched, values, { isTerminated: true, navRequest });

const tenant = () => forOrganisation(db, org.organisation.id);
const attemptRow = (id: string) =>
  tenant().selectFrom('scorm_attempts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const scoRows = (attemptId: string) =>
  tenant().selectFrom('scorm_sco_states').selectAll().where('attempt_id', '=', attemptId).execute();
const verbsOf = async (contentId: string) =>
  (
    await tenant()
      .selectFrom('xapi_statements')
      .select('verb_id')
      .where('object_id', '=', contentId)
      .orderBy('seq')
      .execute()
  ).map((row) => row.verb_id.split('/').pop());

describe('adl.nav.request on Terminate', () => {
  it('suspendAll pauses the attempt: the same SCO resumes with its place and suspend_data', async () => {
    const contentId = await publishedPackage('scorm2004-multi');
    await launch(org.as.employee, contentId);
    const practice = await launch(org.as.employee, contentId, { scoId: 'practice' });
    const paused = await leave(practice, 'suspendAll', {
      'cmi.location': 'vraag-3',
      'cmi.suspend_data': '{"antwoorden":[1,2]}',
      'cmi.completion_status': 'incomplete',
      // The SCO did not ask to suspend itself: suspendAll does.
      'cmi.exit': 'normal',
    });
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({
      ending: 'suspend_all',
      result: { completionStatus: 'incomplete' },
    });
    expect((await attemptRow(practice.attempt.id)).closed_at).toBeNull();

    const back = await launch(org.as.employee, contentId);
    expect(back.attempt).toMatchObject({ id: practice.attempt.id, isNew: false });
    expect(back.sco.id).toBe('practice');
    expect(back.cmi).toMatchObject({
      'cmi.entry': 'resume',
      'cmi.location': 'vraag-3',
      'cmi.suspend_data': '{"antwoorden":[1,2]}',
    });
    expect(await verbsOf(contentId)).toEqual(expect.arrayContaining(['suspended', 'resumed']));
  });

  it('exitAll ends the attempt with its results; the next launch is a new attempt, or review at the limit', async () => {
    const contentId = await publishedPackage('scorm2004-single');
    const first = await launch(org.as.employee, contentId);
    const exited = await leave(first, 'exitAll', {
      'cmi.completion_status': 'incomplete',
      'cmi.score.scaled': '0.4',
      'cmi.suspend_data': 'halverwege',
    });
    expect(exited.json()).toMatchObject({ ending: 'exit_all', result: { scoreScaled: 0.4 } });
    expect(await attemptRow(first.attempt.id)).toMatchObject({
      closed_reason: 'exited',
      score_scaled: 0.4,
      commit_token_hash: null,
    });
    // The ended attempt takes no more commits.
    expect((await commit(first, { 'cmi.location': '2' })).statusCode).toBe(401);
    const second = await launch(org.as.employee, contentId);
    expect(second.attempt).toMatchObject({ number: 2, isNew: true });
    expect(second.cmi['cmi.entry']).toBe('ab-initio');
    expect(second.cmi['cmi.suspend_data']).toBeUndefined();

    const limited = await publishedPackage('scorm2004-single', { attemptRule: 'limited', maxAttempts: 1 });
    const only = await launch(org.as.manager, limited);
    await leave(only, 'exitAll', { 'cmi.completion_status': 'completed', 'cmi.score.scaled': '0.9' });
    const review = await launch(org.as.manager, limited);
    expect(review.attempt).toMatchObject({ id: only.attempt.id, isReview: true });
    expect(review.cmi['cmi.score.scaled']).toBe('0.9');
    const audit = await tenant()
      .selectFrom('events')
      .select('action')
      .where('subject_id', '=', contentId)
      .where('action', '=', 'scorm.attempt_navigated')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("abandon throws this SCO's data away; the other SCOs keep theirs", async () => {
    const contentId = await publishedPackage('scorm2004-multi');
    const intro = await launch(org.as.hrAdmin, contentId, { scoId: 'intro' });
    await commit(
      intro,
      { 'cmi.completion_status': 'completed', 'cmi.exit': 'normal' },
      { isTerminated: true },
    );
    const practice = await launch(org.as.hrAdmin, contentId, { scoId: 'practice' });
    await commit(practice, {
      'cmi.location': '4',
      'cmi.suspend_data': 'weg',
      'cmi.interactions.0.id': 'vraag',
      'cmi.interactions.0.result': 'incorrect',
    });
    const abandoned = await leave(practice, 'abandon', { 'cmi.location': '5' });
    expect(abandoned.json()).toMatchObject({ ending: 'abandon', result: { completionStatus: 'incomplete' } });
    expect((await scoRows(practice.attempt.id)).map((row) => row.sco_id)).toEqual(['intro']);
    const interactions = await tenant()
      .selectFrom('scorm_interactions')
      .select('sco_id')
      .where('attempt_id', '=', practice.attempt.id)
      .execute();
    expect(interactions).toEqual([]);

    const again = await launch(org.as.hrAdmin, contentId, { scoId: 'practice' });
    expect(again.attempt.id).toBe(practice.attempt.id);
    expect(again.cmi['cmi.entry']).toBe('ab-initio');
    expect(again.cmi['cmi.suspend_data']).toBeUndefined();
    expect(again.scos.map((sco) => sco.completionStatus)).toEqual([
      'completed',
      'not_attempted',
      'not_attempted',
    ]);
    expect(await verbsOf(contentId)).toContain('abandoned');
  });

  it('abandonAll throws the whole attempt away and ends it; the next launch starts afresh', async () => {
    const contentId = await publishedPackage('scorm2004-single');
    const first = await launch(org.as.owner, contentId);
    await commit(first, { 'cmi.suspend_data': 'alles', 'cmi.completion_status': 'incomplete' });
    const gone = await leave(first, 'abandonAll');
    expect(gone.json()).toMatchObject({
      ending: 'abandon_all',
      result: { completionStatus: 'not_attempted', progressPercent: 0 },
    });
    expect(await attemptRow(first.attempt.id)).toMatchObject({
      closed_reason: 'abandoned',
      completion_status: 'not_attempted',
    });
    expect(await scoRows(first.attempt.id)).toEqual([]);
    expect((await commit(first, {})).statusCode).toBe(401);
    const next = await launch(org.as.owner, contentId);
    expect(next.attempt).toMatchObject({ number: 2, isNew: true });
    expect(next.cmi['cmi.suspend_data']).toBeUndefined();
  });

  it('does nothing with a request on a commit that is not a Terminate, nor with an unknown one', async () => {
    const contentId = await publishedPackage('scorm2004-single');
    const launched = await launch(org.as.employee, contentId);
    const plain = await commit(launched, { 'cmi.location': '1' }, { navRequest: 'exitAll' });
    expect(plain.json().ending).toBeNull();
    const odd = await leave(launched, '_none_', { 'cmi.exit': 'suspend' });
    expect(odd.json().ending).toBeNull();
    expect((await attemptRow(launched.attempt.id)).closed_at).toBeNull();
    const tooLong = await commit(launched, {}, { navRequest: 'x'.repeat(301) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].field).toBe('navRequest');
  });
});

describe('commits that change nothing', () => {
  it('write nothing: the SCO row keeps its commit count and time', async () => {
    const contentId = await publishedPackage('scorm12-single');
    const launched = await launch(org.as.employee, contentId);
    const values = { 'cmi.core.lesson_location': '3', 'cmi.core.lesson_status': 'incomplete' };
    expect((await commit(launched, values)).statusCode).toBe(200);
    const [before] = await scoRows(launched.attempt.id);
    const again = await commit(launched, values);
    expect(again.json().result).toMatchObject({ completionStatus: 'incomplete' });
    const [after] = await scoRows(launched.attempt.id);
    expect(after).toEqual(before);
    await commit(launched, { ...values, 'cmi.core.lesson_location': '4' });
    const [moved] = await scoRows(launched.attempt.id);
    expect(moved).toMatchObject({
      commits: 2,
      cmi: expect.objectContaining({ 'cmi.core.lesson_location': '4' }),
    });
  });
});
