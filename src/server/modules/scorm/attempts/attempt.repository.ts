import type { TenantDb } from '../../../db/tenant.ts';
import type { CmiValues } from '../runtime/cmi-values.ts';
import type { AttemptSummary } from './attempt-rules.ts';

// SQL for attempts and the per-SCO CMI data inside them.

export async function attemptsOf(tenant: TenantDb, personId: string, contentId: string) {
  return tenant
    .selectFrom('scorm_attempts')
    .selectAll()
    .where('person_id', '=', personId)
    .where('content_id', '=', contentId)
    .orderBy('number', 'desc')
    .execute();
}
export type AttemptRow = Awaited<ReturnType<typeof attemptsOf>>[number];

export const summaryOf = (row: AttemptRow): AttemptSummary => ({
  id: row.id,
  number: row.number,
  isFinished: row.completed_at !== null,
  hasStarted: row.completion_status !== 'not_attempted' || row.total_seconds > 0,
  closedReason: row.closed_reason,
});

export async function scoStatesOf(tenant: TenantDb, attemptId: string) {
  const rows = await tenant
    .selectFrom('scorm_sco_states')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .execute();
  return rows.map((row) => ({ ...row, cmi: row.cmi as unknown as CmiValues }));
}
export type ScoStateRow = Awaited<ReturnType<typeof scoStatesOf>>[number];

/** What a commit knows of a SCO of the attempt (the CMI data only of the SCO being committed). */
export type ScoSnapshot = Omit<ScoStateRow, 'organisation_id' | 'attempt_id' | 'updated_at' | 'cmi'> & {
  cmi: CmiValues | null;
};
export type ScoWrite = Omit<ScoSnapshot, 'commits' | 'cmi'> & { cmi: CmiValues };
export type AttemptPatch = Partial<
  Pick<
    AttemptRow,
    | 'completion_status'
    | 'success_status'
    | 'score_scaled'
    | 'total_seconds'
    | 'progress_percent'
    | 'completed_at'
    | 'closed_at'
    | 'closed_reason'
    | 'commit_token_hash'
    | 'previous_token_hash'
  >
>;

/**
 * A commit's runtime data in one statement: the SCO's state (inserted or updated, its commit count
 * raised) and the attempt's rolled-up result. Either may be left out when it did not change; the
 * attempt's revision rises either way.
 */
export async function writeRuntime(
  tenant: TenantDb,
  attemptId: string,
  sco: ScoWrite | null,
  attempt: AttemptPatch | null,
  now: Date,
) {
  const organisationId = tenant.organisationId;
  const db = tenant.executor;
  const upsert = (creator: typeof db) =>
    creator
      .insertInto('scorm_sco_states')
      .values({
        ...(sco as ScoWrite),
        cmi: JSON.stringify(sco?.cmi ?? {}),
        organisation_id: organisationId,
        attempt_id: attemptId,
        commits: 1,
        updated_at: now,
      })
      .onConflict((conflict) =>
        conflict.columns(['organisation_id', 'attempt_id', 'sco_id']).doUpdateSet((eb) => ({
          cmi: eb.ref('excluded.cmi'),
          completion_status: eb.ref('excluded.completion_status'),
          success_status: eb.ref('excluded.success_status'),
          score_scaled: eb.ref('excluded.score_scaled'),
          score_raw: eb.ref('excluded.score_raw'),
          progress_measure: eb.ref('excluded.progress_measure'),
          total_seconds: eb.ref('excluded.total_seconds'),
          session_seconds: eb.ref('excluded.session_seconds'),
          exit: eb.ref('excluded.exit'),
          is_suspended: eb.ref('excluded.is_suspended'),
          is_terminated: eb.ref('excluded.is_terminated'),
          commits: eb('scorm_sco_states.commits', '+', 1),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      );
  // The attempt's revision rises with every write, so a commit's fast path (commit-fast.ts) writes
  // only over the state it read.
  const setAttempt = (creator: Pick<typeof db, 'updateTable'>) =>
    creator
      .updateTable('scorm_attempts')
      .set((eb) => ({
        ...(attempt ? { ...attempt, updated_at: now } : {}),
        revision: eb('scorm_attempts.revision', '+', 1),
      }))
      .where('organisation_id', '=', organisationId)
      .where('id', '=', attemptId);
  if (sco)
    await setAttempt(
      db.with('sco_state', (creator) => upsert(creator as typeof db).returning('sco_id')),
    ).execute();
  else await setAttempt(db).execute();
}

/** abandon / abandonAll: the SCO's (or every SCO's) data in this attempt is thrown away. */
export async function discardScoData(tenant: TenantDb, attemptId: string, scoId: string | null) {
  for (const table of ['scorm_interactions', 'scorm_sco_states'] as const) {
    let query = tenant.deleteFrom(table).where('attempt_id', '=', attemptId);
    if (scoId !== null) query = query.where('sco_id', '=', scoId);
    await query.execute();
  }
}
