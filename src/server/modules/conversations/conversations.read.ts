import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { answeredFollowupsOf } from '../learning-agreements/index.ts';
import { conversationIcs } from './conversation-ics.ts';
import { isLocked, sideOf } from './conversations.policy.ts';
import { cycleRef, presentConversation } from './conversations.presenter.ts';
import {
  actionsOf,
  emailsOf,
  findConversation,
  openConversationsOf,
  preparationsOf,
} from './conversations.repository.ts';

/** The conversation for one of its pair, or 404 for anyone else (HR follows the board, not the content). */
export async function visibleConversation(ctx: { db: TenantDb; auth: Auth }, id: string) {
  const row = await findConversation(ctx.db, id);
  const side = row ? sideOf(ctx.auth, row) : null;
  if (!row || !side) throw notFound('Conversation');
  return { row, side };
}

/** One conversation as its employee or manager sees it. */
export async function conversationView(ctx: Ctx, id: string) {
  const { row, side } = await visibleConversation(ctx, id);
  const [preparations, actions, followups] = await Promise.all([
    preparationsOf(ctx.db, [row.id]),
    actionsOf(ctx.db, row.id),
    answeredFollowupsOf(ctx.db, row.employee_id),
  ]);
  return presentConversation(row, side, { preparations, actions, followups });
}

/** My conversations in open cycles, as employee and as manager. */
export async function myConversations(ctx: Ctx) {
  const me = personIdOf(ctx.auth);
  const rows = await openConversationsOf(ctx.db, me);
  const preparations = await preparationsOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const side = row.employee_id === me ? ('employee' as const) : ('manager' as const);
    return {
      id: row.id,
      cycle: cycleRef(row),
      employee: { id: row.employee_id, displayName: row.employee_name },
      manager: { id: row.manager_id, displayName: row.manager_name },
      mySide: side,
      isMyPreparationShared: preparations.some(
        (p) => p.conversation_id === row.id && p.side === side && p.shared_at,
      ),
      meetingAt: row.meeting_at?.toISOString() ?? null,
      isSignedByMe: Boolean(side === 'employee' ? row.employee_signed_at : row.manager_signed_at),
      isLocked: isLocked(row),
    };
  });
}

/** The calendar invitation (.ics) for the planned meeting. */
export async function conversationInvite(ctx: Ctx, options: { id: string; baseUrl: string }) {
  const { row } = await visibleConversation(ctx, options.id);
  if (!row.meeting_at) throw new AppError('not_found', 'No meeting planned yet.');
  const people = await emailsOf(ctx.db, [row.employee_id, row.manager_id]);
  const emailOf = (id: string) => people.find((p) => p.id === id)?.email ?? '';
  return conversationIcs({
    id: row.id,
    locale: ctx.locale,
    names: { cycle: row.cycle_name, employee: row.employee_name, manager: row.manager_name },
    meetingAt: row.meeting_at,
    stampedAt: ctx.now(),
    organiser: { name: row.manager_name, email: emailOf(row.manager_id) },
    attendee: { name: row.employee_name, email: emailOf(row.employee_id) },
    url: `${options.baseUrl}/development/conversations/${row.id}`,
  });
}
