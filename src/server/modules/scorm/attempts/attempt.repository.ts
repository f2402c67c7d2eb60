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
