import type { Readable } from 'node:stream';
import { formatEuros } from '../../../shared/money.ts';
import { displayName } from '../../../shared/person-name.ts';
import type { Config } from '../../config.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { port } from '../../core/ports.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, forbidden, invalidField } from '../../http/errors.ts';
import { can, personIdOf } from '../access/index.ts';
import { notifyPerson } from '../notifications/index.ts';
import { externalTrainingOfPerson, isGoalOfPerson } from '../plans/index.ts';
import { removeBudgetFile, storeBudgetFile } from './budget-files.ts';
import { requestAbilities, visibleRequest } from './budget-requests.policy.ts';
import {
  budgetOf,
  hrAdminIds,
  insertRequest,
  insertRequestFile,
  policyFor,
  type RequestRow,
  requesterOf,
  updateRequest,
} from './budget-requests.repository.ts';
import './budgets.events.ts';
import { lockedLedger } from './budgets.ledger.ts';
import { thisYear } from './budgets.read.ts';
import type { RequestInput } from './budgets.schemas.ts';

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

/** Tells the requester what was decided, in their language. */
const announceDecision = (
  tenant: TenantDb,
  row: RequestRow,
  decision: { decision: 'approved' | 'declined'; reason: string; baseUrl: string },
) =>
  notifyPerson(tenant, row.person_id, {
    kind: 'budget_request_decided',
    vars: ({ name }) => ({
      name,
      title: row.title,
      decision: decision.decision,
      reason: decision.reason,
      link: `${decision.baseUrl}/development/budget`,
    }),
  });

/** Who decided at which step: the manager's or HR's stamp. */
const decisionStamp = (row: RequestRow, me: string, at: Date) =>
  row.state === 'pending_manager'
    ? { manager_decided_by: me, manager_decided_at: at }
    : { hr_decided_by: me, hr_decided_at: at };

const budgetExceeded = (remainingCents: number, what: string) =>
  new AppError('budget_exceeded', `Only ${formatEuros(Math.max(remainingCents, 0), 'en')} ${what}.`, {
    extra: { remainingCents },
  });

export async function createRequest(ctx: Ctx, options: { input: RequestInput; baseUrl: string }) {
  const personId = personIdOf(ctx.auth);
  const { input } = options;
  const year = input.year ?? thisYear(ctx);
  if (input.startsOn && input.endsOn && input.endsOn < input.startsOn)
    throw invalidField('endsOn', 'is before the start date');
  return runChange(ctx, async (tx) => {
    const budget = await budgetOf(tx.db, personId, year);
    if (!budget) throw new AppError('conflict', `You have no development budget for ${year}.`);
    if (input.goalId && !(await isGoalOfPerson(tx.db, personId, input.goalId)))
      throw invalidField('goalId', 'is not a goal in your plan');
    const action = input.actionId
      ? await externalTrainingOfPerson(tx.db, personId, input.actionId)
      : undefined;
    if (input.actionId && !action) throw invalidField('actionId', 'is not an external training in your plan');
    const person = await requesterOf(tx.db, personId);
    const created = await insertRequest(tx.db, {
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
    });
    tx.record({
      action: 'budget_request.created',
      subjectId: created.id,
      changes: { year, costCents: input.costCents, title: input.title },
    });
    await announceWaiting(
      tx.db,
      created,
      displayName(person),
      person.manager_id ? [person.manager_id] : await hrAdminIds(tx.db),
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
/** What the final decision tells other modules (no motivation or reason: those are the person's words). */
const decided = (row: RequestRow, decision: 'approved' | 'declined', isOverBudget: boolean) => ({
  requestId: row.id,
  personId: row.person_id,
  decision,
  title: row.title,
  costCents: row.cost_cents,
  isOverBudget,
});

export async function approveRequest(
  ctx: Ctx,
  options: { requestId: string; overBudgetReason?: string; baseUrl: string },
) {
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const row = await visibleRequest(tx, options.requestId, { lock: true });
    if (!requestAbilities(tx.auth, row).approve)
      throw forbidden('It is not your turn to decide on this request.');
    const now = tx.now();
    const stamp = decisionStamp(row, me, now);
    const policy = await policyFor(tx.db, row.year);
    if (row.state === 'pending_manager' && (policy?.requires_hr_approval ?? true)) {
      await updateRequest(tx.db, row.id, { ...stamp, state: 'pending_hr', updated_at: now });
      tx.record({ action: 'budget_request.manager_approved', subjectId: row.id });
      await announceWaiting(tx.db, row, row.person_name, await hrAdminIds(tx.db), options.baseUrl);
      return;
    }
    const ledger = await lockedLedger(tx.db, row.budget_id);
    const isOver = row.cost_cents > ledger.remainingCents;
    if (isOver && !(options.overBudgetReason && can(tx.auth, 'development.manage')))
      throw budgetExceeded(ledger.remainingCents, 'is left in this budget');
    await updateRequest(tx.db, row.id, {
      ...stamp,
      state: 'approved',
      updated_at: now,
      ...(isOver ? { is_over_budget_override: true, override_reason: options.overBudgetReason } : {}),
    });
    tx.record({
      action: isOver ? 'budget_request.approved_over_budget' : 'budget_request.approved',
      subjectId: row.id,
      changes: {
        costCents: row.cost_cents,
        remainingBeforeCents: ledger.remainingCents,
        ...(isOver ? { overrideReason: options.overBudgetReason } : {}),
      },
    });
    await announceDecision(tx.db, row, { decision: 'approved', reason: '', baseUrl: options.baseUrl });
    tx.publish('budgets.request_decided', decided(row, 'approved', isOver));
  });
}

export async function declineRequest(
  ctx: Ctx,
  options: { requestId: string; reason: string; baseUrl: string },
) {
  const me = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    const row = await visibleRequest(tx, options.requestId, { lock: true });
    if (!requestAbilities(tx.auth, row).decline)
      throw forbidden('It is not your turn to decide on this request.');
    const now = tx.now();
    await updateRequest(tx.db, row.id, {
      ...decisionStamp(row, me, now),
      state: 'declined',
      decline_reason: options.reason,
      updated_at: now,
    });
    tx.record({
      action: 'budget_request.declined',
      subjectId: row.id,
      changes: { reason: options.reason, step: row.state },
    });
    tx.publish('budgets.request_decided', decided(row, 'declined', false));
    await announceDecision(tx.db, row, {
      decision: 'declined',
      reason: options.reason,
      baseUrl: options.baseUrl,
    });
  });
}

export async function cancelRequest(ctx: Ctx, options: { requestId: string }) {
  await runChange(ctx, async (tx) => {
    const row = await visibleRequest(tx, options.requestId, { lock: true });
    if (!requestAbilities(tx.auth, row).cancel)
      throw new AppError('conflict', 'This request can no longer be cancelled.');
    await updateRequest(tx.db, row.id, { state: 'cancelled', updated_at: tx.now() });
    tx.record({ action: 'budget_request.cancelled', subjectId: row.id, changes: { from: row.state } });
  });
}

/** Completed with the actual cost; more than approved must still fit in what is left. */
export async function completeRequest(ctx: Ctx, options: { requestId: string; spentCents: number }) {
  await runChange(ctx, async (tx) => {
    const row = await visibleRequest(tx, options.requestId, { lock: true });
    if (!requestAbilities(tx.auth, row).complete)
      throw new AppError('conflict', 'Only an approved request can be completed.');
    // Budget-funded learning comes with a learning agreement (how it will be applied, buddy or not).
    if (!(await port('hasAgreementForBudgetRequest')(tx.db, row.id)))
      throw new AppError('conflict', 'Make a learning agreement for this training before completing it.');
    const extra = options.spentCents - row.cost_cents;
    if (extra > 0) {
      const ledger = await lockedLedger(tx.db, row.budget_id);
      if (extra > ledger.remainingCents) throw budgetExceeded(ledger.remainingCents, 'more is left');
    }
    await updateRequest(tx.db, row.id, {
      state: 'completed',
      spent_cents: options.spentCents,
      completed_at: tx.now(),
      updated_at: tx.now(),
    });
    tx.record({
      action: 'budget_request.completed',
      subjectId: row.id,
      changes: { spentCents: options.spentCents, costCents: row.cost_cents },
    });
  });
}

/**
 * A quote or proof attached by the requester or HR. The upload is read only once the caller may attach
 * (`readFile`), stored (typed by its content) before the change and removed again when the change
 * fails, so no row points at a missing file.
 */
export async function attachRequestFile(
  ctx: Ctx,
  options: {
    requestId: string;
    purpose: 'quote' | 'proof';
    readFile: () => Promise<{ fileName: string; stream: Readable }>;
    config: Config;
  },
) {
  const me = personIdOf(ctx.auth);
  const row = await visibleRequest(ctx, options.requestId);
  if (row.person_id !== me && !can(ctx.auth, 'development.manage'))
    throw new AppError('forbidden', 'Only the requester or HR can attach files.');
  const file = await options.readFile();
  const stored = await storeBudgetFile({
    config: options.config,
    organisationId: ctx.organisationId,
    fileName: file.fileName,
    stream: file.stream,
  });
  try {
    await runChange(ctx, async (tx) => {
      const added = await insertRequestFile(tx.db, {
        request_id: row.id,
        purpose: options.purpose,
        file_name: file.fileName,
        content_type: stored.contentType,
        size_bytes: stored.sizeBytes,
        storage_key: stored.key,
        uploaded_by: me,
      });
      tx.record({
        action: 'budget_request.file_added',
        subjectId: row.id,
        changes: { fileId: added.id, purpose: options.purpose },
      });
    });
  } catch (error) {
    await removeBudgetFile(options.config, stored.key);
    throw error;
  }
  return row.id;
}
