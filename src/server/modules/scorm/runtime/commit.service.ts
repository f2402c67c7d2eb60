import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from '../../../core/bus.ts';
import { type ChangeCtx, runChange } from '../../../core/change.ts';
import { organisationContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../../db/tenant.ts';
import { AppError, invalidField } from '../../../http/errors.ts';
import { contentHeadlines } from '../../catalogue/index.ts';
import type { ScormManifest } from '../import/manifest.types.ts';
import { findVersion } from '../scorm.repository.ts';
import { checkCmiValues } from './cmi-values.ts';
import { forget, type ReadAttempt, readAttempt, recall, remember, writeGuarded } from './commit-fast.ts';
import { sha256 } from './launch.service.ts';
import { endingOf } from './navigation.ts';
import { applyScoUpdate, isQuietPlan, planScoUpdate } from './sco-update.ts';

// A commit from the player: on the SCO's Commit and Terminate, every 30 seconds while values change,
// and from the unload beacon when the tab closes. The beacon cannot send the CSRF header (nor any
// header), so commits carry the attempt's own token instead of the session: it opens this attempt's
// CMI data and nothing else, and the next launch replaces it (the one before stays good two minutes,
// for a commit still under way when the learner moves on).

const previousTokenGraceMs = 2 * 60_000;

// Manifests never change (a new upload is a new version): parsed once per process.
const manifests = new Map<string, ScormManifest>();

type CommitOptions = {
  token: string;
  scoId: string;
  values: Record<string, unknown>;
  isTerminated: boolean;
  isUnload: boolean;
  navRequest?: string;
  baseUrl: string;
};

/** The package's SCO and the checked values: the same answers on the quick and the long way. */
async function checkedCommit(db: TenantDb, attempt: ReadAttempt, options: CommitOptions) {
  let manifest = manifests.get(attempt.version_id);
  if (!manifest) {
    manifest = (await findVersion(db, attempt.version_id))?.manifest;
    if (!manifest) throw new AppError('unauthenticated');
    manifests.set(attempt.version_id, manifest);
  }
  const sco = manifest.scos.find((candidate) => candidate.id === options.scoId);
  if (!sco) throw invalidField('scoId', 'is not an item of this package', 'unknownReference');
  const checked = checkCmiValues(manifest.scormVersion, options.values);
  if (!checked.ok)
    throw new AppError(
      'validation_failed',
      checked.errors.map((error) => `${error.field}: ${error.message}`).join('; '),
      { errors: checked.errors },
    );
  return {
    manifest,
    sco,
    values: checked.values,
    ending: endingOf(options.navRequest, options.isTerminated),
  };
}

/**
 * The common commit in one statement (or two, when this process does not remember the attempt):
 * answers null when the commit must go the long way (it finishes, scores, answers or ends something,
 * or another write came in between).
 */
async function quietCommit(db: Db, options: CommitOptions, hash: string, issuedAfter: Date) {
  if (options.isTerminated) return null;
  const found =
    recall(hash, options.scoId) ??
    (await readAttempt(db, { hash, scoId: options.scoId, issuedAfter, isLocked: false }));
  if (!found) return null;
  const { attempt, states } = found;
  // A refusal is answered the long way, as it always was (a closed attempt is a 401 before a bad value).
  const checked = await checkedCommit(forOrganisation(db, attempt.organisation_id), attempt, options).catch(
    () => null,
  );
  if (!checked) return null;
  const now = new Date();
  const update = {
    ...checked,
    attempt,
    isPreviousSession: attempt.is_previous_session,
    isUnload: options.isUnload,
    title: '',
    baseUrl: options.baseUrl,
  };
  const plan = planScoUpdate(update, states, now);
  if (!isQuietPlan(update, plan)) return null;
  const revision = await writeGuarded(db, { found, plan, hash, issuedAfter, now });
  if (revision === null) {
    forget(hash);
    return null;
  }
  remember(hash, found, plan, options.scoId, revision);
  return { result: plan.result, finished: null, ending: checked.ending };
}

export async function commitCmi(deps: { db: Db; log: FastifyBaseLogger; bus: Bus }, options: CommitOptions) {
  const hash = sha256(options.token);
  const issuedAfter = new Date(Date.now() - previousTokenGraceMs);
  const quiet = await quietCommit(deps.db, options, hash, issuedAfter);
  if (quiet) return quiet;
  // What finished is told after the attempt's transaction commits (the change below runs inside it).
  const afterCommit: (() => Promise<void>)[] = [];
  const committed = await deps.db.transaction().execute(async (trx) => {
    const found = await readAttempt(trx, { hash, scoId: options.scoId, issuedAfter, isLocked: true });
    if (!found)
      throw new AppError(
        'unauthenticated',
        'This attempt is no longer open here (it was opened again or ended); reload the page.',
      );
    const { attempt, states } = found;
    // The token names the organisation: from here on the change acts as the system in it.
    const ctx = organisationContext({ ...deps, db: trx, organisationId: attempt.organisation_id });
    const { manifest: scormManifest, sco, values, ending } = await checkedCommit(ctx.db, attempt, options);
    return runChange(ctx, async (tx) => {
      const update = await applyScoUpdate(tx.db, {
        publish: ((event, payload) =>
          afterCommit.push(() =>
            deps.bus.publish(event, { ...payload, organisationId: attempt.organisation_id }),
          )) as ChangeCtx['publish'],
        attempt,
        states,
        manifest: scormManifest,
        sco,
        values,
        isTerminated: options.isTerminated,
        isPreviousSession: attempt.is_previous_session,
        isUnload: options.isUnload,
        ending,
        title: async () =>
          (await contentHeadlines(tx.db, [attempt.content_id], 'nl')).get(attempt.content_id)?.title ?? '',
        baseUrl: options.baseUrl,
        now: tx.now(),
      });
      // The commit that finishes the item and the ones that end or discard early are audited; the
      // others are in the attempt's own rows.
      const isEndedEarly = ending !== null && ending !== 'suspend_all';
      if (update.finished?.content || isEndedEarly)
        tx.record({
          action: update.finished?.content ? 'scorm.attempt_finished' : 'scorm.attempt_navigated',
          subjectId: attempt.content_id,
          changes: {
            personId: attempt.person_id,
            attemptId: attempt.id,
            completion: update.result.completion,
            success: update.result.success,
            scoreScaled: update.result.scoreScaled,
            ...(isEndedEarly ? { navRequest: options.navRequest } : {}),
          },
        });
      // The next commit of this learner starts from here (the write raised the revision by one).
      if (!update.plan.discards && ending === null)
        afterCommit.push(async () => remember(hash, found, update.plan, options.scoId, attempt.revision + 1));
      else afterCommit.push(async () => forget(hash));
      return { result: update.result, finished: update.finished, ending };
    });
  });
  for (const tell of afterCommit) await tell();
  return committed;
}
