import type { ActionLearning } from './plan-learning.ts';
import type { PlanAccess } from './plans.policy.ts';
import { planAbilities } from './plans.policy.ts';
import type { PlanRow, planParts } from './plans.repository.ts';

type Parts = Awaited<ReturnType<typeof planParts>>;
/** Past its target date and still open or in progress (achieved and dropped goals are never late). */
export const isGoalOverdue = (goal: { target_date: string | null; status: string }, today: string) =>
  goal.target_date !== null &&
  goal.target_date < today &&
  (goal.status === 'open' || goal.status === 'in_progress');

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function presentPlan(
  row: PlanRow,
  parts: Parts,
  access: PlanAccess,
  context: {
    titles: ReadonlyMap<string, string>;
    learning: ReadonlyMap<string, ActionLearning>;
    /** The organisation's date: a goal past it is flagged for the person and the manager. */
    today: string;
  },
) {
  const { titles, learning, today } = context;
  const learningOf = (action: Parts['actions'][number]) =>
    action.kind === 'learning' && action.ref_kind && action.ref_id
      ? (learning.get(`${action.ref_kind}:${action.ref_id}`) ?? null)
      : null;
  return {
    id: row.id,
    person: { id: row.person_id, displayName: row.person_name },
    manager: row.manager_id ? { id: row.manager_id, displayName: row.manager_name ?? '' } : null,
    period: row.period,
    state: row.state,
    sharedAt: iso(row.shared_at),
    agreedAt: iso(row.agreed_at),
    reviewedAt: iso(row.reviewed_at),
    goals: parts.goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      why: goal.why,
      serves: {
        kind: goal.serves_kind,
        id: goal.serves_id,
        title: goal.serves_id ? (titles.get(goal.serves_id) ?? null) : null,
        label: goal.serves_label,
        targetLevel: goal.target_level,
      },
      skill: goal.skill_id
        ? {
            id: goal.skill_id,
            name: titles.get(goal.skill_id) ?? null,
            targetLevel: goal.skill_target_level,
          }
        : null,
      successMeasure: goal.success_measure,
      targetDate: goal.target_date,
      status: goal.status,
      progress: goal.progress,
      isOverdue: isGoalOverdue(goal, today),
    })),
    actions: parts.actions.map((action) => ({
      id: action.id,
      goalId: action.goal_id,
      kind: action.kind,
      title: action.title,
      ref: action.ref_kind && action.ref_id ? { kind: action.ref_kind, id: action.ref_id } : null,
      dueDate: action.due_date,
      isDone: action.is_done || Boolean(learningOf(action)?.completedAt),
      learning: learningOf(action),
      source: action.source,
    })),
    notes: parts.notes.map((note) => ({
      id: note.id,
      goalId: note.goal_id,
      kind: note.kind,
      author: { id: note.author_id, displayName: note.author_name },
      body: note.body,
      createdAt: note.created_at.toISOString(),
    })),
    followups: parts.followups.map((f) => ({
      agreementId: f.agreement_id,
      title: f.title,
      day: f.day,
      answer: f.answer ?? '',
      answeredAt: (f.answered_at as Date).toISOString(),
    })),
    can: planAbilities(access, row.state),
  };
}
