import type { Selectable } from 'kysely';
import type { KeyResultsTable } from '../../db/schema.ts';
import type { checkInsOf, GoalWithKeyResults, TeamGoalRow } from './goals.repository.ts';

/** How far a key result is from its start to its target, 0..1 (works for targets below the start too). */
export function progressOf(kr: { start_value: number; target_value: number; current_value: number }) {
  const span = kr.target_value - kr.start_value;
  if (span === 0) return kr.current_value === kr.target_value ? 1 : 0;
  return Math.min(1, Math.max(0, (kr.current_value - kr.start_value) / span));
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

export const presentKeyResult = (kr: Selectable<KeyResultsTable>) => ({
  id: kr.id,
  metric: kr.metric,
  startValue: kr.start_value,
  targetValue: kr.target_value,
  currentValue: kr.current_value,
  unit: kr.unit,
  progress: progressOf(kr),
});

export function presentGoal(goal: GoalWithKeyResults) {
  const keyResults = goal.keyResults.map(presentKeyResult);
  return {
    id: goal.id,
    title: goal.title,
    description: goal.description,
    owner: person(goal.owner_id, goal.owner_name),
    periodStart: goal.period_start,
    periodEnd: goal.period_end,
    status: goal.status,
    isConfidential: goal.is_confidential,
    position: goal.position,
    progress: keyResults.length
      ? keyResults.reduce((sum, kr) => sum + kr.progress, 0) / keyResults.length
      : 0,
    keyResults,
  };
}

/** A team goal; links to organisation goals the reader may not see are left out. */
export const presentTeamGoal = (row: TeamGoalRow, visibleGoalIds: ReadonlySet<string>) => ({
  id: row.id,
  orgUnit: { id: row.org_unit_id, name: row.unit_name },
  title: row.title,
  description: row.description,
  owner: person(row.owner_id, row.owner_name),
  periodStart: row.period_start,
  periodEnd: row.period_end,
  status: row.status,
  alignedGoalIds: row.alignedGoalIds.filter((id) => visibleGoalIds.has(id)),
});

export const presentCheckIn = (row: Awaited<ReturnType<typeof checkInsOf>>[number]) => ({
  id: row.id,
  keyResultId: row.key_result_id,
  value: row.value,
  comment: row.comment,
  by: person(row.person_id, row.person_name),
  createdAt: (row.created_at as Date).toISOString(),
});
