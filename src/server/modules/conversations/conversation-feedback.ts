import type { Ctx } from '../../core/context.ts';
import { sharedFeedbackOf } from '../feedback/index.ts';
import { visibleConversation } from './conversations.read.ts';

/**
 * For the preparation of a conversation: the feedback the employee asked of colleagues and shared with
 * their manager (feedback module). Both sides of the conversation see the same list.
 */
export async function conversationFeedback(ctx: Ctx, conversationId: string) {
  const { row } = await visibleConversation(ctx, conversationId);
  return sharedFeedbackOf(ctx, row.employee_id);
}
