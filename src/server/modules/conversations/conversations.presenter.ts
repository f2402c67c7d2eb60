import type { answeredFollowupsOf } from '../learning-agreements/index.ts';
import type { ConversationTemplate } from './conversation-templates.ts';
import { isLocked, type Side } from './conversations.policy.ts';
import type { actionsOf, ConversationRow, preparationsOf } from './conversations.repository.ts';

type Preparation = Awaited<ReturnType<typeof preparationsOf>>[number];
const iso = (value: Date | null) => (value ? value.toISOString() : null);
const other = (side: Side): Side => (side === 'employee' ? 'manager' : 'employee');

export const cycleRef = (row: ConversationRow) => ({
  id: row.cycle_id,
  name: row.cycle_name,
  preparationDue: row.preparation_due,
  signOffDue: row.sign_off_due,
});

export function presentConversation(
  row: ConversationRow,
  side: Side,
  parts: {
    preparations: Preparation[];
    actions: Awaited<ReturnType<typeof actionsOf>>;
    followups: Awaited<ReturnType<typeof answeredFollowupsOf>>;
  },
) {
  const mine = parts.preparations.find((p) => p.side === side);
  const theirs = parts.preparations.find((p) => p.side === other(side));
  return {
    id: row.id,
    cycle: cycleRef(row),
    template: row.template as ConversationTemplate,
    employee: { id: row.employee_id, displayName: row.employee_name },
    manager: { id: row.manager_id, displayName: row.manager_name },
    mySide: side,
    myPreparation: { answers: mine?.answers ?? {}, sharedAt: iso(mine?.shared_at ?? null) },
    // The other side's preparation stays private until they share it.
    otherPreparation: theirs?.shared_at
      ? { answers: theirs.answers, sharedAt: theirs.shared_at.toISOString() }
      : { answers: null, sharedAt: null },
    meetingAt: iso(row.meeting_at),
    heldAt: iso(row.held_at),
    sharedNotes: row.shared_notes,
    ratings: row.ratings,
    actions: parts.actions.map((a) => ({ id: a.id, title: a.title, planActionId: a.plan_action_id })),
    employeeSignedAt: iso(row.employee_signed_at),
    managerSignedAt: iso(row.manager_signed_at),
    isLocked: isLocked(row),
    reopenRequestedBy: [
      ...(row.employee_reopen_at ? (['employee'] as const) : []),
      ...(row.manager_reopen_at ? (['manager'] as const) : []),
    ],
    followups: parts.followups.map((f) => ({
      title: f.title,
      day: f.day,
      answer: f.answer ?? '',
      answeredAt: (f.answered_at as Date).toISOString(),
    })),
  };
}
