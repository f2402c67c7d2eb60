import { formatMeetingTime } from '../../core/calendar.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationTimeZone } from '../organisations/index.ts';
import { addPlanActionsFromConversation } from '../plans/index.ts';
import { isLocked, type Side, sideOf } from './conversations.policy.ts';
import { type ConversationRow, conversationsQuery } from './conversations.repository.ts';

/** The conversation for one of its pair, or 404 for anyone else. */
export async function visibleConversation(
  tenant: TenantDb,
  auth: Auth,
  id: string,
  options = { lock: false },
) {
  if (options.lock)
    await tenant.selectFrom('conversations').select('id').where('id', '=', id).forUpdate().execute();
  const row = await conversationsQuery(tenant).where('conversations.id', '=', id).executeTakeFirst();
  const side = row ? sideOf(auth, row) : null;
  if (!row || !side) throw notFound('Conversation');
  return { row, side };
}

type Change = { action: string; changes?: Record<string, unknown>; isContentChange?: boolean };

/**
 * One change to a conversation: locked row, refused once both signed (409 conversation_signed),
 * recorded. A change to the content withdraws a signature already given: both sign what is final.
 */
async function changeConversation(
  options: { db: Db; auth: Auth; conversationId: string; allowWhenLocked?: boolean },
  work: (tenant: TenantDb, row: ConversationRow, side: Side) => Promise<Change>,
) {
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const { row, side } = await visibleConversation(tenant, options.auth, options.conversationId, {
      lock: true,
    });
    if (isLocked(row) && !options.allowWhenLocked)
      throw new AppError('conversation_signed', 'This conversation is signed by both and locked.');
    const change = await work(tenant, row, side);
    await tenant
      .updateTable('conversations')
      .set({
        updated_at: new Date(),
        ...(change.isContentChange ? { employee_signed_at: null, manager_signed_at: null } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    await recordEvent(tenant, options.auth, {
      action: change.action,
      subjectType: 'conversation',
      subjectId: row.id,
      changes: change.changes,
    });
  });
}

export async function savePreparation(options: {
  db: Db;
  auth: Auth;
  conversationId: string;
  answers: Record<string, string>;
}) {
  await changeConversation(options, async (tenant, row, side) => {
    const answers = JSON.stringify(options.answers);
    await tenant
      .insertInto('conversation_preparations', { conversation_id: row.id, side, answers })
      .onConflict((oc) =>
        oc
          .columns(['organisation_id', 'conversation_id', 'side'])
          .doUpdateSet({ answers, updated_at: new Date() }),
      )
      .execute();
    // Answers themselves stay out of the audit log: preparation is private.
    return { action: 'conversation.preparation_saved', changes: { side } };
  });
}

export async function sharePreparation(options: { db: Db; auth: Auth; conversationId: string }) {
  await changeConversation(options, async (tenant, row, side) => {
    await tenant
      .insertInto('conversation_preparations', { conversation_id: row.id, side, shared_at: new Date() })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'conversation_id', 'side']).doUpdateSet({ shared_at: new Date() }),
      )
      .execute();
    // Both sides shared: stamp it once on the conversation (the row is locked, so two sides sharing at
    // the same moment run one after the other and the second sees the first).
    const shared = await tenant
      .selectFrom('conversation_preparations')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('conversation_id', '=', row.id)
      .where('shared_at', 'is not', null)
      .executeTakeFirstOrThrow();
    if (Number(shared.count) === 2)
      await tenant
        .updateTable('conversations')
        .set({ prepared_at: new Date() })
        .where('id', '=', row.id)
        .where('prepared_at', 'is', null)
        .execute();
    return { action: 'conversation.preparation_shared', changes: { side } };
  });
}

export async function planMeeting(options: {
  db: Db;
  auth: Auth;
  conversationId: string;
  meetingAt: string;
  baseUrl: string;
}) {
  await changeConversation(options, async (tenant, row) => {
    const meetingAt = new Date(options.meetingAt);
    await tenant
      .updateTable('conversations')
      .set({ meeting_at: meetingAt })
      .where('id', '=', row.id)
      .execute();
    const link = `${options.baseUrl}/development/conversations/${row.id}`;
    const timeZone = await organisationTimeZone(tenant, tenant.organisationId);
    for (const personId of [row.employee_id, row.manager_id])
      await notifyPerson(tenant, personId, {
        kind: 'conversation_invite',
        vars: ({ name, locale }) => ({
          name,
          cycle: row.cycle_name,
          when: formatMeetingTime(meetingAt, locale, timeZone),
          ics: `${options.baseUrl}/api/v1/conversations/${row.id}/invite.ics`,
          link,
        }),
      });
    return { action: 'conversation.meeting_planned', changes: { meetingAt: meetingAt.toISOString() } };
  });
}

export async function updateConversation(options: {
  db: Db;
  auth: Auth;
  conversationId: string;
  changes: { sharedNotes?: string; ratings?: Record<string, number>; isHeld?: boolean };
}) {
  const { changes } = options;
  await changeConversation(options, async (tenant, row, side) => {
    if (changes.ratings && side !== 'manager') throw forbidden('Only the manager gives ratings.');
    await tenant
      .updateTable('conversations')
      .set({
        ...(changes.sharedNotes !== undefined ? { shared_notes: changes.sharedNotes } : {}),
        ...(changes.ratings ? { ratings: JSON.stringify(changes.ratings) } : {}),
        ...(changes.isHeld !== undefined
          ? { held_at: changes.isHeld ? (row.held_at ?? new Date()) : null }
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
export async function addAgreedAction(options: {
  db: Db;
  auth: Auth;
  conversationId: string;
  title: string;
}) {
  await changeConversation(options, async (tenant, row) => {
    const [planActionId] = await addPlanActionsFromConversation(tenant, {
      personId: row.employee_id,
      period: row.starts_on.slice(0, 4),
      titles: [options.title],
    });
    const action = await tenant
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

export async function removeAgreedAction(options: {
  db: Db;
  auth: Auth;
  conversationId: string;
  actionId: string;
}) {
  await changeConversation(options, async (tenant, row) => {
    const action = await tenant
      .deleteFrom('conversation_actions')
      .where('id', '=', options.actionId)
      .where('conversation_id', '=', row.id)
      .returning('plan_action_id')
      .executeTakeFirst();
    if (!action) throw notFound('Action');
    if (action.plan_action_id)
      await tenant.deleteFrom('plan_actions').where('id', '=', action.plan_action_id).execute();
    return {
      action: 'conversation.action_removed',
      changes: { actionId: options.actionId },
      isContentChange: true,
    };
  });
}

export async function signConversation(options: { db: Db; auth: Auth; conversationId: string }) {
  await changeConversation(options, async (tenant, row, side) => {
    if (!row.held_at && !row.meeting_at)
      throw new AppError('conflict', 'Plan or hold the meeting before signing.');
    await tenant
      .updateTable('conversations')
      .set(side === 'employee' ? { employee_signed_at: new Date() } : { manager_signed_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    const otherSigned = side === 'employee' ? row.manager_signed_at : row.employee_signed_at;
    return { action: otherSigned ? 'conversation.signed_by_both' : 'conversation.signed', changes: { side } };
  });
}

/** Reopening a signed conversation needs both: the second request unlocks it. */
export async function requestReopen(options: { db: Db; auth: Auth; conversationId: string }) {
  await changeConversation({ ...options, allowWhenLocked: true }, async (tenant, row, side) => {
    if (!isLocked(row)) throw new AppError('conflict', 'This conversation is not signed; nothing to reopen.');
    const otherAsked = side === 'employee' ? row.manager_reopen_at : row.employee_reopen_at;
    await tenant
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
            ? { employee_reopen_at: new Date() }
            : { manager_reopen_at: new Date() },
      )
      .where('id', '=', row.id)
      .execute();
    return {
      action: otherAsked ? 'conversation.reopened' : 'conversation.reopen_requested',
      changes: { side },
    };
  });
}
