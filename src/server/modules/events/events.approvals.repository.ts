import type { TenantDb } from '../../db/tenant.ts';

// Approval requests: a sign-up for an event that costs budget, waiting for the manager.

export const openApprovalOf = (tenant: TenantDb, sessionId: string, personId: string) =>
  tenant
    .selectFrom('event_approval_requests')
    .select(['id', 'state'])
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('state', '=', 'pending')
    .executeTakeFirst();

export const insertApproval = (
  tenant: TenantDb,
  row: {
    content_id: string;
    session_id: string;
    person_id: string;
    manager_id: string;
    cost_cents: number | null;
  },
) => tenant.insertInto('event_approval_requests', row).returning('id').executeTakeFirstOrThrow();

export const pendingRequest = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('event_approval_requests').select(['session_id']).where('id', '=', id).executeTakeFirst();

export const lockApproval = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('event_approval_requests')
    .select(['id', 'content_id', 'session_id', 'person_id', 'manager_id', 'state', 'cost_cents'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

export const decideApproval = (
  tenant: TenantDb,
  id: string,
  state: 'approved' | 'declined' | 'withdrawn',
  at: Date,
) =>
  tenant.updateTable('event_approval_requests').set({ state, decided_at: at }).where('id', '=', id).execute();

/** The pending requests waiting on a manager, with who asks and for which session. */
export const pendingApprovalsFor = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('event_approval_requests')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'event_approval_requests.organisation_id')
        .onRef('people.id', '=', 'event_approval_requests.person_id'),
    )
    .innerJoin('event_sessions', (join) =>
      join
        .onRef('event_sessions.organisation_id', '=', 'event_approval_requests.organisation_id')
        .onRef('event_sessions.id', '=', 'event_approval_requests.session_id'),
    )
    .select([
      'event_approval_requests.id',
      'event_approval_requests.content_id',
      'event_approval_requests.session_id',
      'event_approval_requests.cost_cents',
      'event_approval_requests.requested_at',
      'event_sessions.starts_at',
      'event_sessions.ends_at',
      'people.id as person_id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
    ])
    .where('event_approval_requests.manager_id', '=', managerId)
    .where('event_approval_requests.state', '=', 'pending')
    .orderBy('event_approval_requests.requested_at')
    .limit(200)
    .execute();

export const myApprovals = (tenant: TenantDb, personId: string, sessionIds: string[]) =>
  sessionIds.length
    ? tenant
        .selectFrom('event_approval_requests')
        .select(['session_id', 'state', 'requested_at'])
        .where('person_id', '=', personId)
        .where('session_id', 'in', sessionIds)
        .orderBy('requested_at')
        .execute()
    : Promise.resolve([]);

/** The budget request an approved costly sign-up committed (null when the person had no budget). */
export const linkApprovalToBudget = (tenant: TenantDb, approvalId: string, budgetRequestId: string) =>
  tenant
    .updateTable('event_approval_requests')
    .set({ budget_request_id: budgetRequestId })
    .where('id', '=', approvalId)
    .execute();

export const budgetRequestOfSignUp = async (tenant: TenantDb, sessionId: string, personId: string) =>
  (
    await tenant
      .selectFrom('event_approval_requests')
      .select('budget_request_id')
      .where('session_id', '=', sessionId)
      .where('person_id', '=', personId)
      .where('state', '=', 'approved')
      .where('budget_request_id', 'is not', null)
      .orderBy('decided_at', 'desc')
      .executeTakeFirst()
  )?.budget_request_id ?? null;
