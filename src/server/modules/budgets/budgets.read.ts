import { yearOf } from '../../core/calendar.ts';
import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, can, personIdOf } from '../access/index.ts';
import { planGoalTitles } from '../plans/index.ts';
import { visibleRequest } from './budget-requests.policy.ts';
import { presentRequest } from './budget-requests.presenter.ts';
import {
  filesOf,
  findRequestFile,
  policyFor,
  type RequestRow,
  requestsOfYear,
  waitingFor,
} from './budget-requests.repository.ts';
import { financeRows } from './budgets.export.ts';
import { budgetOfYear, budgetsOfYear, presentBudget } from './budgets.ledger.ts';

/** The budget year now: the year of today on the organisation's calendar. */
export const thisYear = (ctx: Ctx) => yearOf(ctx.today());

/** Requests as the caller sees them, with their files and the plan goals they serve. */
async function presentRequests(ctx: Ctx, rows: RequestRow[]) {
  const [files, goalTitles] = await Promise.all([
    filesOf(
      ctx.db,
      rows.map((row) => row.id),
    ),
    planGoalTitles(
      ctx.db,
      rows.map((row) => row.goal_id),
    ),
  ]);
  return rows.map((row) => presentRequest(row, { files, goalTitles }, ctx.auth));
}

export async function requestView(ctx: Ctx, requestId: string) {
  const [view] = await presentRequests(ctx, [await visibleRequest(ctx, requestId)]);
  return view!;
}

/** My budget for a year with its ledger, and my requests. */
export async function myBudget(ctx: Ctx, query: { year?: number }) {
  const me = personIdOf(ctx.auth);
  const year = query.year ?? thisYear(ctx);
  const budget = await budgetOfYear(ctx.db, me, year);
  return {
    year,
    budget: budget ? presentBudget(budget) : null,
    requests: await presentRequests(ctx, await requestsOfYear(ctx.db, me, year)),
  };
}

/** My reports' budgets, or (HR) everyone's. */
export async function listBudgets(ctx: Ctx, query: { year?: number; scope?: 'team' | 'organisation' }) {
  const isOrganisation = query.scope === 'organisation';
  if (isOrganisation) assertCan(ctx.auth, 'development.manage');
  const rows = await budgetsOfYear(ctx.db, {
    year: query.year ?? thisYear(ctx),
    managerId: isOrganisation ? undefined : personIdOf(ctx.auth),
  });
  return rows.map(presentBudget);
}

export async function policyOf(ctx: Ctx, year: number) {
  assertCan(ctx.auth, 'development.manage');
  const row = await policyFor(ctx.db, year);
  return row
    ? {
        year: row.year,
        amountCents: row.amount_cents,
        hours: row.hours,
        isProRata: row.is_pro_rata,
        fullTimeHours: Number(row.full_time_hours),
        carryOverMaxCents: row.carry_over_max_cents,
        requiresHrApproval: row.requires_hr_approval,
      }
    : null;
}

/** Requests waiting for my decision. */
export async function approvalsInbox(ctx: Ctx) {
  const rows = await waitingFor(ctx.db, {
    personId: personIdOf(ctx.auth),
    isHr: can(ctx.auth, 'development.manage'),
  });
  return (await presentRequests(ctx, rows)).filter((request) => request.can.approve);
}

export async function requestFile(ctx: Ctx, options: { requestId: string; fileId: string }) {
  await visibleRequest(ctx, options.requestId);
  const file = await findRequestFile(ctx.db, options.requestId, options.fileId);
  if (!file) throw notFound('File');
  return file;
}

/** The finance export's lines for a year (HR). */
export async function financeExport(ctx: Ctx, query: { year?: number }) {
  assertCan(ctx.auth, 'development.manage');
  const year = query.year ?? thisYear(ctx);
  return { year, rows: await financeRows(ctx.db, year) };
}
