import type { FastifyBaseLogger } from 'fastify';
import type { Bus } from '../../../core/bus.ts';
import { runChange } from '../../../core/change.ts';
import { organisationContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { AppError, invalidField } from '../../../http/errors.ts';
import { contentHeadlines } from '../../catalogue/index.ts';
import type { ScormManifest } from '../import/manifest.types.ts';
import { findVersion } from '../scorm.repository.ts';
import { checkCmiValues } from './cmi-values.ts';
import { sha256 } from './launch.service.ts';
import { applyScoUpdate } from './sco-update.ts';

// A commit from the player: on the SCO's Commit and Terminate, every 30 seconds while values change,
// and from the unload beacon when the tab closes. The beacon cannot send the CSRF header (nor any
// header), so commits carry the attempt's own token instead of the session: it opens this attempt's
// CMI data and nothing else, and the next launch replaces it (the one before stays good two minutes,
// for a commit still under way when the learner moves on).

const previousTokenGraceMs = 2 * 60_000;

// Manifests never change (a new upload is a new version): parsed once per process.
const manifests = new Map<string, ScormManifest>();

export async function commitCmi(
  deps: { db: Db; log: FastifyBaseLogger; bus: Bus },
  options: {
    token: string;
    scoId: string;
    values: Record<string, unknown>;
    isTerminated: boolean;
    isUnload: boolean;
    baseUrl: string;
  },
) {
  const hash = sha256(options.token);
  // Like a session cookie, the token is looked up before the organisation is known.
  const attempt = await deps.db
    .selectFrom('scorm_attempts')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('commit_token_hash', '=', hash),
        eb.and([
          eb('previous_token_hash', '=', hash),
          eb('token_issued_at', '>', new Date(Date.now() - previousTokenGraceMs)),
        ]),
      ]),
    )
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  if (!attempt)
    throw new AppError(
      'unauthenticated',
      'This attempt is no longer open here (it was opened again or ended); reload the page.',
    );
  // The token names the organisation: from here on the change acts as the system in it.
  const ctx = organisationContext({ ...deps, organisationId: attempt.organisation_id });
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
      {
        errors: checked.errors,
      },
    );
  const scormManifest = manifest;
  return runChange(ctx, async (tx) => {
    const trx = tx.db;
    const update = await applyScoUpdate(trx, {
      // Locked, so two commits of one attempt (a beacon and a Terminate) apply one after the other.
      attempt: await trx
        .selectFrom('scorm_attempts')
        .selectAll()
        .where('id', '=', attempt.id)
        .forUpdate()
        .executeTakeFirstOrThrow(),
      manifest: scormManifest,
      sco,
      values: checked.values,
      isTerminated: options.isTerminated,
      isUnload: options.isUnload,
      title: async () =>
        (await contentHeadlines(trx, [attempt.content_id], 'nl')).get(attempt.content_id)?.title ?? '',
      baseUrl: options.baseUrl,
    });
    // Only the commit that finishes the item is audited; the others are in the attempt's own rows.
    if (update.finished?.content)
      tx.record({
        action: 'scorm.attempt_finished',
        subjectId: attempt.content_id,
        changes: {
          personId: attempt.person_id,
          attemptId: attempt.id,
          completion: update.result.completion,
          success: update.result.success,
          scoreScaled: update.result.scoreScaled,
        },
      });
    return update;
  });
}
