import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';

const nameOf = (alias: string) => displayNameSql(alias);

export function conversationsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('conversations')
    .innerJoin('conversation_cycles as c', (join) =>
      join
        .onRef('c.organisation_id', '=', 'conversations.organisation_id')
        .onRef('c.id', '=', 'conversations.cycle_id'),
    )
    .innerJoin('people as e', (join) =>
      join
        .onRef('e.organisation_id', '=', 'conversations.organisation_id')
        .onRef('e.id', '=', 'conversations.employee_id'),
    )
    .innerJoin('people as m', (join) =>
      join
        .onRef('m.organisation_id', '=', 'conversations.organisation_id')
        .onRef('m.id', '=', 'conversations.manager_id'),
    )
    .selectAll('conversations')
    .select([
      'c.name as cycle_name',
      'c.template',
      'c.preparation_due',
      'c.sign_off_due',
      'c.starts_on',
      nameOf('e').as('employee_name'),
      nameOf('m').as('manager_name'),
    ]);
}
export type ConversationRow = Awaited<
  ReturnType<ReturnType<typeof conversationsQuery>['executeTakeFirstOrThrow']>
>;

export async function preparationsOf(tenant: TenantDb, conversationIds: string[]) {
  if (conversationIds.length === 0) return [];
  return tenant
    .selectFrom('conversation_preparations')
    .selectAll()
    .where('conversation_id', 'in', conversationIds)
    .execute();
}

export async function actionsOf(tenant: TenantDb, conversationId: string) {
  return tenant
    .selectFrom('conversation_actions')
    .select(['id', 'title', 'plan_action_id'])
    .where('conversation_id', '=', conversationId)
    .orderBy('created_at')
    .execute();
}

export const findConversation = (tenant: TenantDb, id: string) =>
  conversationsQuery(tenant).where('conversations.id', '=', id).executeTakeFirst();

/** The person's open conversations, as employee or as manager, soonest sign-off first. */
export const openConversationsOf = (tenant: TenantDb, personId: string) =>
  conversationsQuery(tenant)
    .where((eb) =>
      eb.or([eb('conversations.employee_id', '=', personId), eb('conversations.manager_id', '=', personId)]),
    )
    .where('c.state', '=', 'open')
    .orderBy('c.sign_off_due')
    .limit(500)
    .execute();

export const emailsOf = (tenant: TenantDb, personIds: string[]) =>
  tenant.selectFrom('people').select(['id', 'email']).where('id', 'in', personIds).execute();
