import { createHash, randomBytes } from 'node:crypto';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../../http/errors.ts';
import { type Auth, assertCan, personIdOf } from '../../access/index.ts';
import {
  assertContentUnlocked,
  enrol,
  ensureProgress,
  itemForLearner,
  touchEnrolments,
} from '../../catalogue/index.ts';
import { recordStatement } from '../../learning-record/index.ts';
import { findPerson } from '../../people/index.ts';
import { type AttemptRow, attemptsOf, scoStatesOf, summaryOf } from '../attempts/attempt.repository.ts';
import { canStartNew, chooseAttempt } from '../attempts/attempt-rules.ts';
import type { Sco } from '../import/manifest.types.ts';
import { findPackage, findVersion } from '../scorm.repository.ts';
import { type Entry, initialCmi } from './initial-cmi.ts';
import { applyScoUpdate } from './sco-update.ts';

// Opening a SCO: pick the attempt by L&D's rule, resume where the learner was, hand out a fresh commit
// token (the previous one stays valid a little while, for a commit still under way), and answer the
// CMI data the SCO starts with.

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function entryOf(state: { is_suspended: boolean; commits: number } | undefined): Entry {
  if (!state || state.commits === 0) return 'ab-initio';
  return state.is_suspended ? 'resume' : '';
}

async function openAttempt(trx: TenantDb, auth: Auth, contentId: string, wantsNew: boolean, now: Date) {
  const personId = personIdOf(auth);
  const pack = await findPackage(trx, contentId);
  if (!pack) throw notFound('SCORM package');
  // One launch at a time per learner and package: the rule reads and writes the attempt list.
  await trx
    .selectFrom('scorm_packages')
    .select('content_id')
    .where('content_id', '=', contentId)
    .forUpdate()
    .execute();
  const rows = await attemptsOf(trx, personId, contentId);
  const summaries = rows.map(summaryOf);
  const choice = chooseAttempt({
    rule: pack.attempt_rule,
    maxAttempts: pack.max_attempts,
    attempts: summaries,
    wantsNew,
  });
  if (choice.action === 'refuse') throw new AppError('conflict', choice.reason);
  if (choice.action !== 'new') {
    const attempt = rows.find((row) => row.id === choice.attempt.id) as AttemptRow;
    return { pack, attempt, isNew: false, isReview: choice.action === 'review', rows };
  }
  if (choice.close)
    await trx
      .updateTable('scorm_attempts')
      .set({
        closed_at: now,
        closed_reason: 'new_attempt',
        commit_token_hash: null,
        previous_token_hash: null,
      })
      .where('id', '=', choice.close.id)
      .execute();
  const attempt = await trx
    .insertInto('scorm_attempts', {
      content_id: contentId,
      version_id: pack.current_version_id,
      person_id: personId,
      number: (rows[0]?.number ?? 0) + 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { pack, attempt, isNew: true, isReview: false, rows: [attempt, ...rows] };
}

/** The learner opens a SCO: one change (the attempt, the token, enrolment, progress, statements). */
export async function launch(
  ctx: Ctx,
  options: {
    contentId: string;
    scoId: string | null;
    wantsNew: boolean;
    baseUrl: string;
    /** False without a content origin: what exists is then a 409, what does not still a 404. */
    isPlayable: boolean;
  },
) {
  const { auth } = ctx;
  const { baseUrl } = options;
  assertCan(auth, 'catalogue.read');
  const personId = personIdOf(auth);
  return runChange(ctx, async (tx) => {
    const trx = tx.db;
    const { item, version: itemVersion } = await itemForLearner(trx, auth, options.contentId, ctx.locale);
    if (item.kind !== 'scorm') throw notFound('SCORM package');
    if (!options.isPlayable)
      throw new AppError('conflict', 'Packages cannot be played: the server has no CONTENT_ORIGIN set.');
    await assertContentUnlocked(trx, personId, item.id, itemVersion.language);
    const opened = await openAttempt(trx, auth, item.id, options.wantsNew, ctx.now());
    const { attempt, isReview } = opened;
    if (opened.isNew)
      tx.record({
        action: 'scorm.attempt_started',
        subjectId: item.id,
        changes: { attemptId: attempt.id, number: attempt.number, versionId: attempt.version_id },
      });
    const version = await findVersion(trx, attempt.version_id);
    if (!version) throw notFound('SCORM package');
    const { manifest } = version;
    // A commit of this attempt still under way waits while its time moves from session to total.
    if (!opened.isNew)
      await trx.selectFrom('scorm_attempts').select('id').where('id', '=', attempt.id).forUpdate().execute();
    const states = await scoStatesOf(trx, attempt.id);
    const stateOf = (scoId: string) => states.find((state) => state.sco_id === scoId);
    let sco: Sco | undefined;
    if (options.scoId) {
      sco = manifest.scos.find((candidate) => candidate.id === options.scoId);
      if (!sco) throw invalidField('scoId', 'is not an item of this package', 'unknownReference');
    } else
      sco =
        manifest.scos.find((candidate) => candidate.id === attempt.current_sco) ??
        manifest.scos.find((candidate) => stateOf(candidate.id)?.completion_status !== 'completed') ??
        manifest.scos[0];
    if (!sco) throw notFound('SCORM package');
    const state = stateOf(sco.id);
    const entry = entryOf(state);

    // The previous session's time counts from now on; the new session starts at zero.
    if (state && state.session_seconds > 0 && !isReview)
      await trx
        .updateTable('scorm_sco_states')
        .set({ total_seconds: state.total_seconds + state.session_seconds, session_seconds: 0 })
        .where('attempt_id', '=', attempt.id)
        .where('sco_id', '=', sco.id)
        .execute();
    const totalSeconds = (state?.total_seconds ?? 0) + (state?.session_seconds ?? 0);

    const commitToken = isReview ? null : randomBytes(32).toString('base64url');
    await trx
      .updateTable('scorm_attempts')
      .set((eb) => ({
        // A commit's fast path writes only over the revision it read (commit-fast.ts).
        revision: eb('scorm_attempts.revision', '+', 1),
        current_sco: sco.id,
        ...(commitToken
          ? {
              commit_token_hash: sha256(commitToken),
              previous_token_hash: attempt.commit_token_hash,
              token_issued_at: ctx.now(),
            }
          : {}),
      }))
      .where('id', '=', attempt.id)
      .execute();

    if (!isReview) {
      // Opening a published package is starting it: it lands in "Mijn leren" (L&D trying a draft does not).
      if (item.status === 'published')
        await enrol(trx.executor, auth.organisationId, personId, { type: 'content', id: item.id });
      await ensureProgress(trx, personId, item.id, itemVersion.title, baseUrl);
      await touchEnrolments(trx, personId, item.id);
      await recordStatement(trx, baseUrl, {
        personId,
        verb: entry === 'resume' ? 'resumed' : 'initialized',
        object: { kind: 'content', id: item.id, title: itemVersion.title },
      });
      // An asset cannot report anything: opening it completes it.
      if (sco.kind === 'asset')
        await applyScoUpdate(trx, {
          publish: tx.publish,
          attempt,
          manifest,
          sco,
          values: {},
          forced: { completion: 'completed' },
          title: itemVersion.title,
          baseUrl,
        });
    }
    const person = await findPerson(trx, personId);
    const learnerName =
      manifest.scormVersion === '1.2'
        ? [person?.family_name, person?.given_name].filter(Boolean).join(', ')
        : [person?.given_name, person?.family_name_prefix, person?.family_name].filter(Boolean).join(' ');
    const cmi = initialCmi(manifest.scormVersion, sco, {
      learnerId: personId,
      learnerName,
      entry,
      isReview,
      totalSeconds,
      stored: state?.cmi ?? {},
    });
    const pack = opened.pack;
    return {
      attempt: await trx
        .selectFrom('scorm_attempts')
        .selectAll()
        .where('id', '=', attempt.id)
        .executeTakeFirstOrThrow(),
      attempts: opened.rows,
      isNew: opened.isNew,
      isReview,
      canStartNew: canStartNew({
        rule: pack.attempt_rule,
        maxAttempts: pack.max_attempts,
        attempts: opened.rows.map(summaryOf),
      }),
      rule: pack.attempt_rule,
      maxAttempts: pack.max_attempts,
      version,
      sco,
      cmi,
      commitToken,
      states: await scoStatesOf(trx, attempt.id),
    };
  });
}
