import { formatMeetingTime } from '../../core/calendar.ts';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { EventAction } from '../../core/events.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { notifyPerson } from '../notifications/index.ts';
import { addPlanActionsFromConversation, removePlanActionsFromConversation } from '../plans/index.ts';
import './conversations.events.ts';
import { isLocked, type Side } from './conversations.policy.ts';
import { visibleConversation } from './conversations.read.ts';
import type { ConversationRow } from './conversations.repository.ts';

type Change = { action: EventAction; changes?: Record<string, unknown>; isContentChange?: boolean };

/**
 * One change to a conversation: locked row, refused once both signed (409 conversation_signed),
 * recorded. A change to the content withdraws a signature already given: both sign what is final.
 */
async function changeConversation(
  ctx: Ctx,
  options: { conversationId: string; allowWhenLocked?: boolean },
  work: (tx: ChangeCtx<Ctx>, row: ConversationRow, side: Side) => Promise<Change>,
) {
  await runChange(
    ctx,
    async (tx) => {
      const { row, side } = await visibleConversation(tx, options.conversationId);
      if (isLocked(row) && !options.allowWhenLocked)
        throw new AppError('conversation_signed', 'This conversation is signed by both and locked.');
      const change = await work(tx, row, side);
      await tx.db
        .updateTable('conversations')
        .set({
          updated_at: tx.now(),
          ...(change.isContentChange ? { employee_signed_at: null, manager_signed_at: null } : {}),
        })
        .where('id', '=', row.id)
        .execute();
      tx.record({ action: change.action, subjectId: row.id, changes: change.changes });
    },
    { lock: { table: 'conversations', id: options.conversationId } },
  );
}

export async function savePreparation(
  ctx: Ctx,
  options: { conversationId: string; answers: Record<string, string> },
) {
  await changeConversation(ctx, options, async (tx, row, side) => {
    const answers = JSON.stringify(options.answers);
    await tx.db
      .insertInto('conversation_preparations', { conversation_id: row.id, side, answers })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'conversation_id', 'side'])
          .doUpdateSet({ answers, updated_at: tx.now() }),
      )
      .execute();
    // Answers themselves stay out of the audit log: preparation is private.
    return { action: 'conversation.preparation_saved', changes: { side } };
  });
}

export async function sharePreparation(ctx: Ctx, options: { conversationId: string }) {
  await changeConversation(ctx, options, async (tx, row, side) => {
    await tx.db
      .insertInto('conversation_preparations', { conversation_id: row.id, side, shared_at: tx.now() })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'conversation_id', 'side']).doUpdateSet({ shared_at: tx.now() }),
      )
      .execute();
    // Both sides shared: stamp it once on the conversation (the row is locked, so two sides sharing at
    // the same moment run one after the other and the second sees the first).
    const shared = await tx.db
      .selectFrom('conversation_preparations')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('conversation_id', '=', row.id)
      .where('shared_at', 'is not', null)
      .executeTakeFirstOrThrow();
    if (Number(shared.count) === 2)
      await tx.db
        .updateTable('conversations')
        .set({ prepared_at: tx.now() })
        .where('id', '=', row.id)
        .where('prepared_at', 'is', null)
        .execute();
    return { action: 'conversation.preparation_shared', changes: { side } };
  });
}

/** Plans the meeting; both get an e-mail with the calendar invitation. */
export async function planMeeting(
  ctx: Ctx,
  options: { conversationId: string; meetingAt: string; baseUrl: string },
) {
  await changeConversation(ctx, options, async (tx, row) => {
    const meetingAt = new Date(options.meetingAt);
    await tx.db
      .updateTable('conversations')
      .set({ meeting_at: meetingAt })
      .where('id', '=', row.id)
      .execute();
    const link = `${options.baseUrl}/development/conversations/${row.id}`;
    for (const personId of [row.employee_id, row.manager_id])
      await notifyPerson(tx.db, personId, {
        kind: 'conversation_invite',
        vars: ({ name, locale }) => ({
          name,
          cycle: row.cycle_name,
          when: formatMeetingTime(meetingAt, locale, ctx.timeZone),
          ics: `${options.baseUrl}/api/v1/conversations/${row.id}/invite.ics`,
          link,
        }),
      });
    return { action: 'conversation.meeting_planned', changes: { meetingAt: meetingAt.toISOString() } };
  });
}

export async function updateConversation(
  ctx: Ctx,
  options: {
    conversationId: string;
    changes: { sharedNotes?: string; ratings?: Record<string, number>; isHeld?: boolean };
  },
) {
  const { changes } = options;
  await changeConversation(ctx, options, async (tx, row, side) => {
    if (changes.ratings && side !== 'manager') throw forbidden('Only the manager gives ratings.');
    await tx.db
      .updateTable('conversations')
      .set({
        ...(changes.sharedNotes !== undefined ? { shared_notes: changes.sharedNotes } : {}),
        ...(changes.ratings ? { ratings: JSON.stringify(changes.ratings) } : {}),
        ...(changes.isHeld !== undefined
          ? { held_at: changes.isHeld ? (row.held_at ?? tx.now()) : null }
          : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return {
      action: 'conversation.updated',
      changes: { fields: Object.keys(changes) },
      isContentChange: changes.sharedNotes !== undefined || changes.ratings !== undefined,
    };
  });
}

/** An agreed action lands in the employee's development plan for the cycle's year. */
export async function addAgreedAction(ctx: Ctx, options: { conversationId: string; title: string }) {
  await changeConversation(ctx, options, async (tx, row) => {
    const [planActionId] = await addPlanActionsFromConversation(tx.db, {
      personId: row.employee_id,
      period: row.starts_on.slice(0, 4),
      titles: [options.title],
    });
    const action = await tx.db
      .insertInto('conversation_actions', {
        conversation_id: row.id,
        title: options.title,
        plan_action_id: planActionId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      action: 'conversation.action_agreed',
      changes: { actionId: action.id, planActionId, title: options.title },
      isContentChange: true,
    };
  });
}

/** Removes an agreed action, and the plan action it put in the employee's plan. */
export async function removeAgreedAction(ctx: Ctx, options: { conversationId: string; actionId: string }) {
  await changeConversation(ctx, options, async (tx, row) => {
    const action = await tx.db
      .deleteFrom('conversation_actions')
      .where('id', '=', options.actionId)
      .where('conversation_id', '=', row.id)
      .returning('plan_action_id')
      .executeTakeFirst();
    if (!action) throw notFound('Action');
    if (action.plan_action_id) await removePlanActionsFromConversation(tx.db, [action.plan_action_id]);
    return {
      action: 'conversation.action_removed',
      changes: { actionId: options.actionId },
      isContentChange: true,
    };
  });
}

export async function signConversation(ctx: Ctx, options: { conversationId: string }) {
  await changeConversation(ctx, options, async (tx, row, side) => {
    if (!row.held_at && !row.meeting_at)
      throw new AppError('conflict', 'Plan or hold the meeting before signing.');
    await tx.db
      .updateTable('conversations')
      .set(side === 'employee' ? { employee_signed_at: tx.now() } : { manager_signed_at: tx.now() })
      .where('id', '=', row.id)
      .execute();
    const otherSigned = side === 'employee' ? row.manager_signed_at : row.employee_signed_at;
    tx.publish('conversations.signed', {
      conversationId: row.id,
      cycleId: row.cycle_id,
      employeeId: row.employee_id,
      managerId: row.manager_id,
      side,
      signedByBoth: Boolean(otherSigned),
    });
    return { action: otherSigned ? 'conversation.signed_by_both' : 'conversation.signed', changes: { side } };
  });
}

/** Reopening a signed conversation needs both: the second request unlocks it. */
export async function requestReopen(ctx: Ctx, options: { conversationId: string }) {
  await changeConversation(ctx, { ...options, allowWhenLocked: true }, async (tx, row, side) => {
    if (!isLocked(row)) throw new AppError('conflict', 'This conversation is not signed; nothing to reopen.');
    const otherAsked = side === 'employee' ? row.manager_reopen_at : row.employee_reopen_at;
    await tx.db
      .updateTable('conversations')
      .set(
        otherAsked
          ? {
              employee_signed_at: null,
              manager_signed_at: null,
              employee_reopen_at: null,
              manager_reopen_at: null,
            }
          : side === 'employee'
            ? { employee_reopen_at: tx.now() }
            : { manager_reopen_at: tx.now() },
      )
      .where('id', '=', row.id)
      .execute();
    return {
      action: otherAsked ? 'conversation.reopened' : 'conversation.reopen_requested',
      changes: { side },
    };
  });
}
