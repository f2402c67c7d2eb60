import type { ChangeCtx } from '../../../core/change.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { completeContent, type Finished, raiseProgress } from '../../catalogue/index.ts';
import { type LearningEvent, recordStatement } from '../../learning-record/index.ts';
import {
  type AttemptPatch,
  type AttemptRow,
  discardScoData,
  type ScoSnapshot,
  type ScoWrite,
  scoStatesOf,
  writeRuntime,
} from '../attempts/attempt.repository.ts';
import type { Sco, ScormManifest } from '../import/manifest.types.ts';
import { type AttemptResult, rollUp } from './attempt-rollup.ts';
import type { CmiValues } from './cmi-values.ts';
import { changedInteractions, type Interaction, writeInteractions } from './interactions.ts';
import type { NavEnding } from './navigation.ts';
import { type Completion, scoStatusOf } from './sco-status.ts';

// Applies what a SCO committed: its CMI data and status, the interactions it reported, the attempt's
// result rolled up from all its SCOs, and what follows from a change — progress and completion in the
// catalogue (so "Mijn leren", courses, paths, plans and certificates follow) and xAPI statements.
// A commit is on the learner's path every 30 seconds, so it writes only what changed: the SCO's row and
// the attempt's result in one statement, the rest only when a status moved.

export type UpdatedAttempt = Pick<
  AttemptRow,
  | 'id'
  | 'person_id'
  | 'content_id'
  | 'completion_status'
  | 'success_status'
  | 'score_scaled'
  | 'progress_percent'
  | 'total_seconds'
  | 'completed_at'
>;

type Update = {
  /** Tells the other modules what finished (celebrations, badges) once the change commits. */
  publish?: ChangeCtx['publish'];
  attempt: UpdatedAttempt;
  /** The attempt's SCO states as the caller locked them (the committed SCO's with its CMI data). */
  states?: ScoSnapshot[];
  manifest: ScormManifest;
  sco: Sco;
  values: CmiValues;
  isTerminated?: boolean;
  /**
   * The commit comes from the session before a relaunch (its token's grace period). That session's time
   * was banked at the relaunch, so its session_time would count twice: its data counts, its time not.
   */
  isPreviousSession?: boolean;
  /** The tab closed (the unload beacon): the session was interrupted, so it resumes next time. */
  isUnload?: boolean;
  forced?: { completion: Completion };
  /** How a Terminate with an adl.nav.request ends things (navigation.ts). */
  ending?: NavEnding | null;
  /** The item's title, looked up only when a statement or notification needs it. */
  title: string | (() => Promise<string>);
  baseUrl: string;
  now?: Date;
};

const isDoneOf = (row: Pick<AttemptRow, 'completion_status' | 'success_status'>, scoCount: number) =>
  row.success_status !== 'failed' &&
  (row.completion_status === 'completed' || (row.success_status === 'passed' && scoCount === 1));

const hasNewValues = (previous: CmiValues, values: CmiValues) =>
  Object.entries(values).some(([element, value]) => previous[element] !== value);

const sameState = (before: ScoSnapshot, after: ScoWrite) =>
  (Object.keys(after) as (keyof ScoWrite)[]).every((key) => key === 'cmi' || before[key] === after[key]);

/** The SCO's row after this commit. */
function nextState(update: Update, before: ScoSnapshot | undefined, cmi: CmiValues): ScoWrite {
  const status = scoStatusOf(update.manifest.scormVersion, cmi, update.sco);
  if (update.forced) status.completion = update.forced.completion;
  const exit = status.exit ?? before?.exit ?? null;
  const isSuspended =
    update.isUnload || update.ending === 'suspend_all' || (update.isTerminated ? exit === 'suspend' : true);
  return {
    sco_id: update.sco.id,
    cmi,
    completion_status: status.completion,
    success_status: status.success,
    score_scaled: status.scoreScaled,
    score_raw: status.scoreRaw,
    progress_measure: status.progress === null ? null : Math.max(0, Math.min(1, status.progress)),
    total_seconds: before?.total_seconds ?? 0,
    session_seconds: update.isPreviousSession
      ? (before?.session_seconds ?? 0)
      : (status.sessionSeconds ?? before?.session_seconds ?? 0),
    exit,
    is_suspended: isSuspended,
    is_terminated: Boolean(update.isTerminated),
  };
}

function attemptPatchOf(
  attempt: UpdatedAttempt,
  result: AttemptResult,
  ending: NavEnding | null,
  now: Date,
): AttemptPatch | null {
  const patch: AttemptPatch = {};
  if (result.completion !== attempt.completion_status) patch.completion_status = result.completion;
  if (result.success !== attempt.success_status) patch.success_status = result.success;
  if (result.scoreScaled !== attempt.score_scaled) patch.score_scaled = result.scoreScaled;
  if (result.totalSeconds !== attempt.total_seconds) patch.total_seconds = result.totalSeconds;
  if (result.progressPercent !== attempt.progress_percent) patch.progress_percent = result.progressPercent;
  if (attempt.completed_at === null && result.completion === 'completed') patch.completed_at = now;
  // exitAll ends the attempt (its results stay); abandonAll ends it with its data thrown away.
  if (ending === 'exit_all' || ending === 'abandon_all')
    Object.assign(patch, {
      closed_at: now,
      closed_reason: ending === 'exit_all' ? 'exited' : 'abandoned',
      commit_token_hash: null,
      previous_token_hash: null,
    } satisfies AttemptPatch);
  return Object.keys(patch).length ? patch : null;
}

export type ScoPlan = {
  /** The committed SCO's row before and after (null when its data is discarded). */
  before: ScoSnapshot | undefined;
  after: ScoWrite | null;
  isScoChanged: boolean;
  interactions: Interaction[];
  result: AttemptResult;
  patch: AttemptPatch | null;
  discards: boolean;
  /** The attempt's SCO states after the commit (the committed SCO's with its CMI data). */
  kept: (ScoSnapshot | ScoWrite)[];
};

/** What a commit changes, worked out from the attempt as read; nothing is written here. */
export function planScoUpdate(update: Update, states: ScoSnapshot[], now: Date): ScoPlan {
  const { attempt, manifest, sco } = update;
  const ending = update.ending ?? null;
  const before = states.find((state) => state.sco_id === sco.id);
  const previous = before?.cmi ?? {};
  // abandon discards this SCO's data in the attempt; abandonAll every SCO's.
  const discards = ending === 'abandon' || ending === 'abandon_all';
  const cmi = discards ? {} : { ...previous, ...update.values };
  const after = discards ? null : nextState(update, before, cmi);
  const isScoChanged =
    after !== null && (!before || hasNewValues(previous, update.values) || !sameState(before, after));
  const interactions = after ? changedInteractions(previous, cmi, manifest.scormVersion) : [];

  const kept =
    ending === 'abandon_all'
      ? []
      : [...states.filter((state) => state.sco_id !== sco.id), ...(after ? [after] : [])];
  const result = rollUp(
    manifest.scos,
    kept.map((state) => ({
      scoId: state.sco_id,
      completion: state.completion_status,
      success: state.success_status,
      scoreScaled: state.score_scaled,
      progress: state.progress_measure,
      seconds: state.total_seconds + state.session_seconds,
    })),
  );
  const patch = attemptPatchOf(attempt, result, ending, now);
  return { before, after, isScoChanged, interactions, result, patch, discards, kept };
}

/**
 * A plan whose only write is the SCO's row and the attempt's result: no interaction, progress,
 * statement, completion or audit follows from it (the periodic commit while a learner moves on).
 */
export function isQuietPlan(update: Update, plan: ScoPlan) {
  const { attempt, manifest } = update;
  const { result } = plan;
  return (
    !plan.discards &&
    !update.isTerminated &&
    (update.ending ?? null) === null &&
    plan.interactions.length === 0 &&
    result.progressPercent <= attempt.progress_percent &&
    (result.success === attempt.success_status || result.success === 'unknown') &&
    (result.scoreScaled === null || result.scoreScaled === attempt.score_scaled) &&
    !(result.isDone && !isDoneOf(attempt, manifest.scos.length))
  );
}

export async function applyScoUpdate(
  trx: TenantDb,
  update: Update,
): Promise<{ result: AttemptResult; finished: Finished | null; plan: ScoPlan }> {
  const { attempt, manifest, sco, baseUrl } = update;
  const now = update.now ?? new Date();
  const ending = update.ending ?? null;
  const states =
    update.states ??
    (await scoStatesOf(trx, attempt.id)).map((state) => ({
      ...state,
      cmi: state.sco_id === sco.id ? state.cmi : null,
    }));
  const plan = planScoUpdate(update, states, now);
  const { after, isScoChanged, interactions, result, discards } = plan;
  if (discards) await discardScoData(trx, attempt.id, ending === 'abandon' ? sco.id : null);
  await writeRuntime(trx, attempt.id, isScoChanged ? after : null, plan.patch, now);
  await writeInteractions(trx, attempt.id, sco.id, interactions);

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
      publish: update.publish,
      personId,
      contentId: attempt.content_id,
      title: await titleOf(),
      baseUrl,
      at: now,
    });
  }
  if (discards) await statement('abandoned');
  else if (update.isTerminated) await statement(after?.is_suspended ? 'suspended' : 'terminated');
  return { result, finished, plan };
}
