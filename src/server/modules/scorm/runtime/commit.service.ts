import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Bus } from '../../../core/bus.ts';
import { type ChangeCtx, runChange } from '../../../core/change.ts';
import { organisationContext } from '../../../core/context.ts';
import type { Db, Trx } from '../../../db/database.ts';
import { AppError, invalidField } from '../../../http/errors.ts';
import { contentHeadlines } from '../../catalogue/index.ts';
import type { ScoSnapshot } from '../attempts/attempt.repository.ts';
import type { ScormManifest } from '../import/manifest.types.ts';
import { findVersion } from '../scorm.repository.ts';
import { type CmiValues, checkCmiValues } from './cmi-values.ts';
import { sha256 } from './launch.service.ts';
import { endingOf } from './navigation.ts';
import { applyScoUpdate } from './sco-update.ts';

// A commit from the player: on the SCO's Commit and Terminate, every 30 seconds while values change,
// and from the unload beacon when the tab closes. The beacon cannot send the CSRF header (nor any
// header), so commits carry the attempt's own token instead of the session: it opens this attempt's
// CMI data and nothing else, and the next launch replaces it (the one before stays good two minutes,
// for a commit still under way when the learner moves on).

const previousTokenGraceMs = 2 * 60_000;

// Manifests never change (a new upload is a new version): parsed once per process.
const manifests = new Map<string, ScormManifest>();

/**
 * The attempt the token opens, locked (two commits of one attempt — a beacon and a Terminate — apply
 * one after the other), with its SCO states, in one statement. Like a session cookie, the token is
 * looked up before the organisation is known.
 */
async function lockedAttempt(trx: Trx, token: string, scoId: string) {
  const hash = sha256(token);
  const rows = await trx
    .selectFrom('scorm_attempts as a')
    .leftJoin('scorm_sco_states as s', (join) =>
      join.onRef('s.organisation_id', '=', 'a.organisation_id').onRef('s.attempt_id', '=', 'a.id'),
    )
    .select([
      'a.id',
      'a.organisation_id',
      'a.content_id',
      'a.version_id',
      'a.person_id',
      'a.completion_status',
      'a.success_status',
      'a.score_scaled',
      'a.progress_percent',
      'a.total_seconds',
      'a.completed_at',
      's.sco_id',
      's.completion_status as sco_completion',
      's.success_status as sco_success',
      's.score_scaled as sco_score_scaled',
      's.score_raw as sco_score_raw',
      's.progress_measure as sco_progress',
      's.total_seconds as sco_total_seconds',
      's.session_seconds as sco_session_seconds',
      's.exit as sco_exit',
      's.is_suspended as sco_is_suspended',
      's.is_terminated as sco_is_terminated',
      's.commits as sco_commits',
      // Only the committed SCO's data travels: another SCO's suspend_data is not needed here.
      sql<CmiValues | null>`case when s.sco_id = ${scoId} then s.cmi end`.as('sco_cmi'),
    ])
    .where((eb) =>
      eb.or([
        eb('a.commit_token_hash', '=', hash),
        eb.and([
          eb('a.previous_token_hash', '=', hash),
          eb('a.token_issued_at', '>', new Date(Date.now() - previousTokenGraceMs)),
        ]),
      ]),
    )
    .where('a.closed_at', 'is', null)
    .forUpdate(['a'])
    .execute();
  const attempt = rows[0];
  if (!attempt) return null;
  const states: ScoSnapshot[] = [];
  for (const row of rows)
    if (row.id === attempt.id && row.sco_id !== null)
      states.push({
        sco_id: row.sco_id,
        cmi: row.sco_cmi,
        completion_status: row.sco_completion ?? 'not_attempted',
        success_status: row.sco_success ?? 'unknown',
        score_scaled: row.sco_score_scaled,
        score_raw: row.sco_score_raw,
        progress_measure: row.sco_progress,
        total_seconds: row.sco_total_seconds ?? 0,
        session_seconds: row.sco_session_seconds ?? 0,
        exit: row.sco_exit,
        is_suspended: row.sco_is_suspended ?? false,
        is_terminated: row.sco_is_terminated ?? false,
        commits: row.sco_commits ?? 0,
      });
  return { attempt, states };
}

export async function commitCmi(
  deps: { db: Db; log: FastifyBaseLogger; bus: Bus },
  options: {
    token: string;
    scoId: string;
    values: Record<string, unknown>;
    isTerminated: boolean;
    isUnload: boolean;
    navRequest?: string;
    baseUrl: string;
  },
) {
  // What finished is told after the attempt's transaction commits (the change below runs inside it).
  const afterCommit: (() => Promise<void>)[] = [];
  const committed = await deps.db.transaction().execute(async (trx) => {
    const found = await lockedAttempt(trx, options.token, options.scoId);
    if (!found)
      throw new AppError(
        'unauthenticated',
        'This attempt is no longer open here (it was opened again or ended); reload the page.',
      );
    const { attempt, states } = found;
    // The token names the organisation: from here on the change acts as the system in it.
    const ctx = organisationContext({ ...deps, db: trx, organisationId: attempt.organisation_id });
    let manifest = manifests.get(attempt.version_id);
    if (!manifest) {
      manifest = (await findVersion(ctx.db, attempt.version_id))?.manifest;
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
    const scormManifest = manifest;
    const ending = endingOf(options.navRequest, options.isTerminated);
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
        values: checked.values,
        isTerminated: options.isTerminated,
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
      return { ...update, ending };
    });
  });
  for (const tell of afterCommit) await tell();
  return committed;
}
