import type { TenantDb } from '../../../db/tenant.ts';
import { completeContent, type Finished, raiseProgress } from '../../catalogue/index.ts';
import { type LearningEvent, recordStatement } from '../../learning-record/index.ts';
import type { AttemptRow } from '../attempts/attempt.repository.ts';
import type { Sco, ScormManifest } from '../import/manifest.types.ts';
import { type AttemptResult, rollUp } from './attempt-rollup.ts';
import type { CmiValues } from './cmi-values.ts';
import { changedInteractions, writeInteractions } from './interactions.ts';
import { type Completion, scoStatusOf } from './sco-status.ts';

// Applies what a SCO committed: its CMI data and status, the interactions it reported, the attempt's
// result rolled up from all its SCOs, and what follows from a change — progress and completion in the
// catalogue (so "Mijn leren", courses, paths, plans and certificates follow) and xAPI statements.

type Update = {
  attempt: Pick<
    AttemptRow,
    | 'id'
    | 'person_id'
    | 'content_id'
    | 'completion_status'
    | 'success_status'
    | 'score_scaled'
    | 'progress_percent'
    | 'completed_at'
  >;
  manifest: ScormManifest;
  sco: Sco;
  values: CmiValues;
  isTerminated?: boolean;
  /** The tab closed (the unload beacon): the session was interrupted, so it resumes next time. */
  isUnload?: boolean;
  forced?: { completion: Completion };
  /** The item's title, looked up only when a statement or notification needs it. */
  title: string | (() => Promise<string>);
  baseUrl: string;
};

const isDoneOf = (row: Pick<AttemptRow, 'completion_status' | 'success_status'>, scoCount: number) =>
  row.success_status !== 'failed' &&
  (row.completion_status === 'completed' || (row.success_status === 'passed' && scoCount === 1));

export async function applyScoUpdate(
  trx: TenantDb,
  update: Update,
): Promise<{ result: AttemptResult; finished: Finished | null }> {
  const { attempt, manifest, sco, baseUrl } = update;
  const before = await trx
    .selectFrom('scorm_sco_states')
    .selectAll()
    .where('attempt_id', '=', attempt.id)
    .where('sco_id', '=', sco.id)
    .forUpdate()
    .executeTakeFirst();
  const previous = (before?.cmi ?? {}) as unknown as CmiValues;
  const cmi = { ...previous, ...update.values };
  const status = scoStatusOf(manifest.scormVersion, cmi, sco);
  if (update.forced) status.completion = update.forced.completion;
  const exit = status.exit ?? before?.exit ?? null;
  const isSuspended = update.isTerminated ? exit === 'suspend' : true;
  const row = {
    cmi: JSON.stringify(cmi),
    completion_status: status.completion,
    success_status: status.success,
    score_scaled: status.scoreScaled,
    score_raw: status.scoreRaw,
    progress_measure: status.progress === null ? null : Math.max(0, Math.min(1, status.progress)),
    session_seconds: status.sessionSeconds ?? before?.session_seconds ?? 0,
    exit,
    is_suspended: update.isUnload ? true : isSuspended,
    is_terminated: Boolean(update.isTerminated),
    updated_at: new Date(),
  };
  if (before)
    await trx
      .updateTable('scorm_sco_states')
      .set({ ...row, commits: before.commits + 1 })
      .where('attempt_id', '=', attempt.id)
      .where('sco_id', '=', sco.id)
      .execute();
  else
    await trx
      .insertInto('scorm_sco_states', { ...row, attempt_id: attempt.id, sco_id: sco.id, commits: 1 })
      .execute();

  const interactions = changedInteractions(previous, cmi, manifest.scormVersion);
  await writeInteractions(trx, attempt.id, sco.id, interactions);

  const states = await trx
    .selectFrom('scorm_sco_states')
    .select([
      'sco_id',
      'completion_status',
      'success_status',
      'score_scaled',
      'progress_measure',
      'total_seconds',
      'session_seconds',
    ])
    .where('attempt_id', '=', attempt.id)
    .execute();
  const result = rollUp(
    manifest.scos,
    states.map((state) => ({
      scoId: state.sco_id,
      completion: state.completion_status,
      success: state.success_status,
      scoreScaled: state.score_scaled,
      progress: state.progress_measure,
      seconds: state.total_seconds + state.session_seconds,
    })),
  );
  const hasFinishedNow = attempt.completed_at === null && result.completion === 'completed';
  await trx
    .updateTable('scorm_attempts')
    .set({
      completion_status: result.completion,
      success_status: result.success,
      score_scaled: result.scoreScaled,
      total_seconds: result.totalSeconds,
      progress_percent: result.progressPercent,
      updated_at: new Date(),
      ...(hasFinishedNow ? { completed_at: new Date() } : {}),
    })
    .where('id', '=', attempt.id)
    .execute();

  const personId = attempt.person_id;
  let title = typeof update.title === 'string' ? update.title : null;
  const titleOf = async () => {
    title ??= await (update.title as () => Promise<string>)();
    return title;
  };
  const statement = async (verb: LearningEvent['verb'], result?: LearningEvent['result']) =>
    recordStatement(trx, baseUrl, {
      personId,
      verb,
      object: { kind: 'content', id: attempt.content_id, title: await titleOf() },
      ...(result ? { result } : {}),
    });
  const score =
    result.scoreScaled === null ? undefined : { scaled: Math.round(result.scoreScaled * 10000) / 10000 };

  if (result.progressPercent > attempt.progress_percent) {
    await raiseProgress(trx, { personId, contentId: attempt.content_id, percent: result.progressPercent });
    await statement('progressed', { progress: result.progressPercent });
  }
  for (const interaction of interactions.filter((entry) => entry.result).slice(0, 20))
    await statement('answered', {
      response: `${interaction.interactionId}: ${interaction.learnerResponse ?? ''}`.slice(0, 1000),
      success: ['correct'].includes(interaction.result ?? ''),
    });
  const success = result.success !== attempt.success_status && result.success !== 'unknown';
  if (success)
    await statement(result.success === 'passed' ? 'passed' : 'failed', {
      success: result.success === 'passed',
      ...(score ? { score } : {}),
    });
  else if (score && result.scoreScaled !== attempt.score_scaled) await statement('scored', { score });

  let finished: Finished | null = null;
  if (result.isDone && !isDoneOf(attempt, manifest.scos.length)) {
    finished = await completeContent(trx, {
      personId,
      contentId: attempt.content_id,
      title: await titleOf(),
      baseUrl,
      at: new Date(),
    });
  }
  if (update.isTerminated) await statement(row.is_suspended ? 'suspended' : 'terminated');
  return { result, finished };
}
