import { formatEuros } from '../../../shared/money.ts';
import { displayName } from '../../../shared/person-name.ts';
import { yearOf } from '../../core/calendar.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { type Auth, can, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationToday } from '../organisations/index.ts';
import { externalTrainingOfPerson, isGoalOfPerson } from '../plans/index.ts';
import { canSeeRequest, requestAbilities } from './budget-requests.policy.ts';
import { findRequest, policyFor, type RequestRow } from './budget-requests.repository.ts';
import { lockedLedger } from './budgets.ledger.ts';
import type { RequestInput } from './budgets.schemas.ts';

/** The budget year now: the year of today on the organisation's calendar. */
export const thisYear = async (db: Db, organisationId: string) =>
  yearOf(await organisationToday(db, organisationId));

/** The request as the caller may see it, or 404. */
export async function visibleRequest(
  tenant: TenantDb,
  auth: Auth,
  requestId: string,
  options = { lock: false },
) {
  if (options.lock)
    await tenant.selectFrom('budget_requests').select('id').where('id', '=', requestId).forUpdate().execute();
  const row = await findRequest(tenant, requestId);
  if (!row || !canSeeRequest(auth, row)) throw notFound('Budget request');
  return row;
}

async function announceWaiting(
  tenant: TenantDb,
  row: Pick<RequestRow, 'id' | 'title' | 'cost_cents'>,
  requesterName: string,
  approverIds: string[],
  baseUrl: string,
) {
  for (const approverId of approverIds)
    await notifyPerson(tenant, approverId, {
      kind: 'budget_request_waiting',
      vars: ({ name, locale }) => ({
        approver: name,
        name: requesterName,
        title: row.title,
        amount: formatEuros(row.cost_cents, locale),
        link: `${baseUrl}/development/approvals`,
      }),
    });
}

async function hrApproverIds(tenant: TenantDb) {
  const rows = await tenant
    .selectFrom('person_roles')
    .select('person_id')
    .where('role', '=', 'hr_admin')
    .execute();
  return rows.map((row) => row.person_id);
}

export async function createRequest(options: { db: Db; auth: Auth; input: RequestInput; baseUrl: string }) {
  const personId = personIdOf(options.auth);
  const { input } = options;
  const year = input.year ?? (await thisYear(options.db, options.auth.organisationId));
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
    throw invalidField('endsOn', 'is before the start date');
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const budget = await tenant
      .selectFrom('development_budgets')
      .select('id')
      .where('person_id', '=', personId)
      .where('year', '=', year)
      .executeTakeFirst();
    if (!budget) throw new AppError('conflict', `You have no development budget for ${year}.`);
    if (input.goalId && !(await isGoalOfPerson(tenant, personId, input.goalId)))
      throw invalidField('goalId', 'is not a goal in your plan');
    const action = input.actionId
      ? await externalTrainingOfPerson(tenant, personId, input.actionId)
      : undefined;
    if (input.actionId && !action) throw invalidField('actionId', 'is not an external training in your plan');
    const person = await tenant
      .selectFrom('people')
      .select(['manager_id', 'given_name', 'family_name_prefix', 'family_name'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const created = await tenant
      .insertInto('budget_requests', {
        budget_id: budget.id,
        person_id: personId,
        goal_id: input.goalId ?? action?.goal_id ?? null,
        action_id: action?.id ?? null,
        provider: input.provider,
        title: input.title,
        starts_on: input.startsOn ?? null,
        ends_on: input.endsOn ?? null,
        cost_cents: input.costCents,
        hours: input.hours,
        motivation: input.motivation,
        // Without a manager the request goes straight to HR.
        state: person.manager_id ? 'pending_manager' : 'pending_hr',
      })
      .returning(['id', 'title', 'cost_cents'])
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, options.auth, {
      action: 'budget_request.created',
      subjectType: 'budget_request',
      subjectId: created.id,
      changes: { year, costCents: input.costCents, title: input.title },
    });
    await announceWaiting(
      tenant,
      created,
      displayName(person),
      person.manager_id ? [person.manager_id] : await hrApproverIds(tenant),
      options.baseUrl,
    );
    return created.id;
  });
}

/**
 * Approves the step whose turn it is. The final approval locks the budget row, so two approvers
 * acting at once are serialised and the second sees the first's commitment: a budget never goes
 * below zero unless HR gives a reason, which is logged.
 */
export async function approveRequest(options: {
  db: Db;
  auth: Auth;
  requestId: string;
  overBudgetReason?: string;
  baseUrl: string;
}) {
  const { auth } = options;
  const me = personIdOf(auth);
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const row = await visibleRequest(tenant, auth, options.requestId, { lock: true });
    if (!requestAbilities(auth, row).approve)
      throw forbidden('It is not your turn to decide on this request.');
    const now = new Date();
    const stamp =
      row.state === 'pending_manager'
        ? { manager_decided_by: me, manager_decided_at: now }
        : { hr_decided_by: me, hr_decided_at: now };
    const policy = await policyFor(tenant, row.year);
    const needsHr = row.state === 'pending_manager' && (policy?.requires_hr_approval ?? true);
    if (needsHr) {
      await tenant
        .updateTable('budget_requests')
        .set({ ...stamp, state: 'pending_hr', updated_at: now })
        .where('id', '=', row.id)
        .execute();
      await recordEvent(tenant, auth, {
        action: 'budget_request.manager_approved',
        subjectType: 'budget_request',
        subjectId: row.id,
      });
      await announceWaiting(tenant, row, row.person_name, await hrApproverIds(tenant), options.baseUrl);
      return;
    }
    const ledger = await lockedLedger(tenant, row.budget_id);
    const isOver = row.cost_cents > ledger.remainingCents;
    if (isOver && !(options.overBudgetReason && can(auth, 'development.manage')))
      throw new AppError(
        'budget_exceeded',
        `Only ${formatEuros(Math.max(ledger.remainingCents, 0), 'en')} is left in this budget.`,
        {
          extra: { remainingCents: ledger.remainingCents },
        },
      );
    await tenant
      .updateTable('budget_requests')
      .set({
        ...stamp,
        state: 'approved',
        updated_at: now,
        ...(isOver ? { is_over_budget_override: true, override_reason: options.overBudgetReason } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    await recordEvent(tenant, auth, {
      action: isOver ? 'budget_request.approved_over_budget' : 'budget_request.approved',
      subjectType: 'budget_request',
      subjectId: row.id,
      changes: {
        costCents: row.cost_cents,
        remainingBeforeCents: ledger.remainingCents,
        ...(isOver ? { overrideReason: options.overBudgetReason } : {}),
      },
    });
    await notifyPerson(tenant, row.person_id, {
      kind: 'budget_request_decided',
      vars: ({ name }) => ({
        name,
        title: row.title,
        decision: 'approved',
        reason: '',
        link: `${options.baseUrl}/development/budget`,
      }),
    });
  });
}

export async function declineRequest(options: {
  db: Db;
  auth: Auth;
  requestId: string;
  reason: string;
  baseUrl: string;
}) {
  const { auth } = options;
  const me = personIdOf(auth);
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const row = await visibleRequest(tenant, auth, options.requestId, { lock: true });
    if (!requestAbilities(auth, row).decline)
      throw forbidden('It is not your turn to decide on this request.');
    const now = new Date();
    const stamp =
      row.state === 'pending_manager'
        ? { manager_decided_by: me, manager_decided_at: now }
        : { hr_decided_by: me, hr_decided_at: now };
    await tenant
      .updateTable('budget_requests')
      .set({ ...stamp, state: 'declined', decline_reason: options.reason, updated_at: now })
      .where('id', '=', row.id)
      .execute();
    await recordEvent(tenant, auth, {
      action: 'budget_request.declined',
      subjectType: 'budget_request',
      subjectId: row.id,
      changes: { reason: options.reason, step: row.state },
    });
    await notifyPerson(tenant, row.person_id, {
      kind: 'budget_request_decided',
      vars: ({ name }) => ({
        name,
        title: row.title,
        decision: 'declined',
        reason: options.reason,
        link: `${options.baseUrl}/development/budget`,
      }),
    });
  });
}

export async function cancelRequest(options: { db: Db; auth: Auth; requestId: string }) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const row = await visibleRequest(tenant, options.auth, options.requestId, { lock: true });
    if (!requestAbilities(options.auth, row).cancel)
      throw new AppError('conflict', 'This request can no longer be cancelled.');
    await tenant
      .updateTable('budget_requests')
      .set({ state: 'cancelled', updated_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'budget_request.cancelled',
      subjectType: 'budget_request',
      subjectId: row.id,
      changes: { from: row.state },
    });
  });
}

/** Completed with the actual cost; more than approved must still fit in what is left. */
export async function completeRequest(options: {
  db: Db;
  auth: Auth;
  requestId: string;
  spentCents: number;
}) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const row = await visibleRequest(tenant, options.auth, options.requestId, { lock: true });
    if (!requestAbilities(options.auth, row).complete)
      throw new AppError('conflict', 'Only an approved request can be completed.');
    // Budget-funded learning comes with a learning agreement (how it will be applied, buddy or not).
    const agreement = await tenant
      .selectFrom('learning_agreements')
      .select('id')
      .where('budget_request_id', '=', row.id)
      .executeTakeFirst();
    if (!agreement)
      throw new AppError('conflict', 'Make a learning agreement for this training before completing it.');
    const extra = options.spentCents - row.cost_cents;
    if (extra > 0) {
      const ledger = await lockedLedger(tenant, row.budget_id);
      if (extra > ledger.remainingCents)
        throw new AppError(
          'budget_exceeded',
          `Only ${formatEuros(Math.max(ledger.remainingCents, 0), 'en')} more is left.`,
          {
            extra: { remainingCents: ledger.remainingCents },
          },
        );
    }
    await tenant
      .updateTable('budget_requests')
      .set({
        state: 'completed',
        spent_cents: options.spentCents,
        completed_at: new Date(),
        updated_at: new Date(),
      })
      .where('id', '=', row.id)
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'budget_request.completed',
      subjectType: 'budget_request',
      subjectId: row.id,
      changes: { spentCents: options.spentCents, costCents: row.cost_cents },
    });
  });
}
