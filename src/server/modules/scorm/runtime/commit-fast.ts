import { CompiledQuery } from 'kysely';
import type { Db, Trx } from '../../../db/database.ts';
import type { ScoSnapshot } from '../attempts/attempt.repository.ts';
import type { CmiValues } from './cmi-values.ts';
import type { ScoPlan, UpdatedAttempt } from './sco-update.ts';

// The SQL of a commit, in as few round trips as the commit allows (issue 13's speed aim: a commit is
// on every learner's path every 30 seconds). The common commit — a learner moving on: place, suspend
// data, session time, nothing that finishes, scores or answers anything — is one statement: the
// attempt as this process last wrote it (or read without a lock) is written over only if its revision
// is still the one read ("guarded"); every other write to an attempt or its SCO states raises the
// revision (commits, launches, erasure), so a guard that fails means "read again, under the lock".
// The statements are fixed SQL text (no query building per commit).

export type ReadAttempt = UpdatedAttempt & {
  organisation_id: string;
  version_id: string;
  revision: number;
  /** The token is the one before a relaunch (a commit still under way when the page was reloaded). */
  is_previous_session: boolean;
};
export type FoundAttempt = { attempt: ReadAttempt; states: ScoSnapshot[] };

const attemptSql = `select a.id, a.organisation_id, a.content_id, a.version_id, a.person_id,
  a.completion_status, a.success_status, a.score_scaled, a.progress_percent, a.total_seconds,
  a.completed_at, a.revision, a.commit_token_hash is distinct from $1 as is_previous_session, s.sco_id, s.completion_status as sco_completion,
  s.success_status as sco_success, s.score_scaled as sco_score_scaled, s.score_raw as sco_score_raw,
  s.progress_measure as sco_progress, s.total_seconds as sco_total_seconds,
  s.session_seconds as sco_session_seconds, s.exit as sco_exit, s.is_suspended as sco_is_suspended,
  s.is_terminated as sco_is_terminated, s.commits as sco_commits,
  case when s.sco_id = $2 then s.cmi end as sco_cmi
from scorm_attempts as a
left join scorm_sco_states as s on s.organisation_id = a.organisation_id and s.attempt_id = a.id
where (a.commit_token_hash = $1 or (a.previous_token_hash = $1 and a.token_issued_at > $3))
  and a.closed_at is null`;
const lockedAttemptSql = `${attemptSql}\nfor update of a`;

type AttemptJoinRow = ReadAttempt & {
  sco_id: string | null;
  sco_completion: ScoSnapshot['completion_status'] | null;
  sco_success: ScoSnapshot['success_status'] | null;
  sco_score_scaled: number | null;
  sco_score_raw: number | null;
  sco_progress: number | null;
  sco_total_seconds: number | null;
  sco_session_seconds: number | null;
  sco_exit: string | null;
  sco_is_suspended: boolean | null;
  sco_is_terminated: boolean | null;
  sco_commits: number | null;
  sco_cmi: CmiValues | null;
};

/**
 * The attempt the token opens with its SCO states, in one statement (only the committed SCO's CMI
 * data travels). Locked in the long way (two commits of one attempt apply one after the other).
 * Like a session cookie, the token is looked up before the organisation is known.
 */
export async function readAttempt(
  db: Db | Trx,
  options: { hash: string; scoId: string; issuedAfter: Date; isLocked: boolean },
): Promise<FoundAttempt | null> {
  const { rows } = await db.executeQuery<AttemptJoinRow>(
    CompiledQuery.raw(options.isLocked ? lockedAttemptSql : attemptSql, [
      options.hash,
      options.scoId,
      options.issuedAfter,
    ]),
  );
  const first = rows[0];
  if (!first) return null;
  const attempt: ReadAttempt = {
    id: first.id,
    organisation_id: first.organisation_id,
    content_id: first.content_id,
    version_id: first.version_id,
    person_id: first.person_id,
    completion_status: first.completion_status,
    success_status: first.success_status,
    score_scaled: first.score_scaled,
    progress_percent: first.progress_percent,
    total_seconds: first.total_seconds,
    completed_at: first.completed_at,
    revision: first.revision,
    is_previous_session: first.is_previous_session,
  };
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

// The attempts this process committed last, by token hash, with the committed SCO's CMI data: the
// next commit of a learner skips the read. Only a hint: the guard decides.
const rememberedLimit = 500;
const remembered = new Map<string, FoundAttempt & { scoId: string }>();

export function recall(hash: string, scoId: string): FoundAttempt | null {
  const found = remembered.get(hash);
  return found && found.scoId === scoId ? found : null;
}

export function forget(hash: string) {
  remembered.delete(hash);
}

/** What the attempt looks like after `plan` was written at `revision`. */
export function remember(hash: string, found: FoundAttempt, plan: ScoPlan, scoId: string, revision: number) {
  const { attempt } = found;
  const before = found.states.find((state) => state.sco_id === scoId);
  const states: ScoSnapshot[] = found.states.filter((state) => state.sco_id !== scoId);
  if (plan.after && plan.isScoChanged) states.push({ ...plan.after, commits: (before?.commits ?? 0) + 1 });
  else if (plan.after && before) states.push(before);
  const patch = plan.patch ?? {};
  remembered.delete(hash);
  remembered.set(hash, {
    scoId,
    attempt: {
      ...attempt,
      completion_status: patch.completion_status ?? attempt.completion_status,
      success_status: patch.success_status ?? attempt.success_status,
      score_scaled: 'score_scaled' in patch ? (patch.score_scaled ?? null) : attempt.score_scaled,
      progress_percent: patch.progress_percent ?? attempt.progress_percent,
      total_seconds: patch.total_seconds ?? attempt.total_seconds,
      completed_at: attempt.completed_at ?? patch.completed_at ?? null,
      revision,
    },
    states,
  });
  if (remembered.size > rememberedLimit) {
    const oldest = remembered.keys().next().value;
    if (oldest !== undefined) remembered.delete(oldest);
  }
}

const guardSql = `with guard as (
  select organisation_id, id from scorm_attempts
  where organisation_id = $1 and id = $2 and revision = $3 and closed_at is null
    and (commit_token_hash = $4 or (previous_token_hash = $4 and token_issued_at > $5))
  for update
)`;
const scoSql = `, sco_state as (
  insert into scorm_sco_states (organisation_id, attempt_id, sco_id, cmi, completion_status,
    success_status, score_scaled, score_raw, progress_measure, total_seconds, session_seconds, exit,
    is_suspended, is_terminated, commits, updated_at)
  select organisation_id, id, $14::text, $15::jsonb, $16::text, $17::text, $18::double precision,
    $19::double precision, $20::double precision, $21::double precision, $22::double precision,
    $23::text, $24::boolean, $25::boolean, 1, $6::timestamptz
  from guard
  on conflict (organisation_id, attempt_id, sco_id) do update set
    cmi = excluded.cmi, completion_status = excluded.completion_status,
    success_status = excluded.success_status, score_scaled = excluded.score_scaled,
    score_raw = excluded.score_raw, progress_measure = excluded.progress_measure,
    total_seconds = excluded.total_seconds, session_seconds = excluded.session_seconds,
    exit = excluded.exit, is_suspended = excluded.is_suspended, is_terminated = excluded.is_terminated,
    commits = scorm_sco_states.commits + 1, updated_at = excluded.updated_at
  returning sco_id
)`;
const attemptWriteSql = `
update scorm_attempts as a set revision = a.revision + 1,
  completion_status = $7::text, success_status = $8::text, score_scaled = $9::double precision,
  total_seconds = $10::double precision, progress_percent = $11::integer,
  completed_at = coalesce(a.completed_at, $12::timestamptz),
  updated_at = case when $13::boolean then $6::timestamptz else a.updated_at end
from guard
where a.organisation_id = guard.organisation_id and a.id = guard.id
returning a.revision`;
const withScoSql = guardSql + scoSql + attemptWriteSql;
const withoutScoSql = guardSql + attemptWriteSql;

/**
 * Writes a quiet plan (sco-update.ts) in one statement if the attempt is still at the revision read
 * and the token still opens it. Answers the new revision, or null when nothing was written.
 */
export async function writeGuarded(
  db: Db,
  options: { found: FoundAttempt; plan: ScoPlan; hash: string; issuedAfter: Date; now: Date },
): Promise<number | null> {
  const { found, plan, hash, issuedAfter, now } = options;
  const { attempt } = found;
  const { result, patch } = plan;
  const after = plan.isScoChanged ? plan.after : null;
  const parameters: unknown[] = [
    attempt.organisation_id,
    attempt.id,
    attempt.revision,
    hash,
    issuedAfter,
    now,
    result.completion,
    result.success,
    result.scoreScaled,
    result.totalSeconds,
    result.progressPercent,
    patch?.completed_at ?? null,
    patch !== null,
  ];
  if (after)
    parameters.push(
      after.sco_id,
      JSON.stringify(after.cmi),
      after.completion_status,
      after.success_status,
      after.score_scaled,
      after.score_raw,
      after.progress_measure,
      after.total_seconds,
      after.session_seconds,
      after.exit,
      after.is_suspended,
      after.is_terminated,
    );
  const { rows } = await db.executeQuery<{ revision: number }>(
    CompiledQuery.raw(after ? withScoSql : withoutScoSql, parameters),
  );
  return rows[0]?.revision ?? null;
}
