import type { TenantDb } from '../../db/tenant.ts';

// What other modules may use from conversations: talent reviews show how many a manager held.

/** Conversations this manager held (a meeting marked held) since a moment. */
export async function conversationsHeldBy(tenant: TenantDb, managerId: string, since: Date): Promise<number> {
  const row = await tenant
    .selectFrom('conversations')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('manager_id', '=', managerId)
    .where('held_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// Insight's organisation dashboard: how far each cycle's conversations got (counts only).
export { type CycleCompletion, cycleCompletion } from './cycle-completion.ts';
// Insight's team view: the state of each direct report's latest conversation (never its content).
export { type CycleState, cycleStatesOf } from './team-states.ts';

/** The coach panel: this manager's conversations with a meeting between two moments, not yet held. */
export const upcomingConversationsOf = (tenant: TenantDb, managerId: string, from: Date, until: Date) =>
  tenant
    .selectFrom('conversations')
    .select(['id', 'employee_id', 'meeting_at'])
    .where('manager_id', '=', managerId)
    .where('held_at', 'is', null)
    .where('meeting_at', '>=', from)
    .where('meeting_at', '<=', until)
    .orderBy('meeting_at')
    .limit(5)
    .execute();

// The coach panel builds on the learning a conversation suggests to its manager.
export { suggestedLearning } from './suggested-learning.ts';
