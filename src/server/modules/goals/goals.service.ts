import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, forbidden, notFound } from '../../http/errors.ts';
import { assertCan, can } from '../access/index.ts';
import './goals.events.ts';
import { canWriteTeamGoals } from './goals.policy.ts';
import { visibleIdsOf } from './goals.read.ts';
import {
  countKeyResults,
  existingGoalIds,
  findGoalPeriod,
  findTeamGoalUnit,
  lockKeyResult,
} from './goals.repository.ts';
import type {
  CreateGoalInput,
  CreateTeamGoalInput,
  UpdateGoalInput,
  UpdateTeamGoalInput,
} from './goals.schemas.ts';

const actorId = (ctx: Ctx) => (ctx.auth.kind === 'person' ? ctx.auth.personId : null);

function refuse(errors: FieldError[]) {
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
}

async function checkOwner(tenant: TenantDb, ownerId: string | null | undefined, errors: FieldError[]) {
  if (!ownerId) return;
  const owner = await tenant.selectFrom('people').select('id').where('id', '=', ownerId).executeTakeFirst();
  if (!owner)
    errors.push({
      field: 'ownerId',
      message: 'no such person in this organisation',
      code: 'unknownReference',
    });
}

const goalColumns = (input: UpdateGoalInput) =>
  Object.fromEntries(
    Object.entries({
      title: input.title,
      description: input.description,
      owner_id: input.ownerId,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      status: input.status,
      is_confidential: input.isConfidential,
      position: input.position,
    }).filter(([, value]) => value !== undefined),
  );

/** Management adds an organisation goal with its key results. */
export async function createGoal(ctx: Ctx, input: CreateGoalInput) {
  assertCan(ctx.auth, 'direction.manage');
  return runChange(ctx, async (tx) => {
    const errors: FieldError[] = [];
    await checkOwner(tx.db, input.ownerId, errors);
    refuse(errors);
    const goal = await tx.db
      .insertInto('organisation_goals', {
        ...goalColumns(input),
        title: input.title,
        created_by: actorId(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.keyResults.length)
      await tx.db
        .insertInto(
          'key_results',
          input.keyResults.map((kr, position) => ({
            goal_id: goal.id,
            metric: kr.metric,
            start_value: kr.startValue,
            target_value: kr.targetValue,
            current_value: kr.currentValue ?? kr.startValue,
            unit: kr.unit,
            position,
          })),
        )
        .execute();
    tx.record({
      action: 'organisation_goal.created',
      subjectId: goal.id,
      changes: { ...goalColumns(input), keyResults: input.keyResults.length },
    });
    return goal.id;
  });
}

export async function updateGoal(ctx: Ctx, options: { id: string; changes: UpdateGoalInput }) {
  assertCan(ctx.auth, 'direction.manage');
  const { changes } = options;
  await runChange(ctx, async (tx) => {
    const errors: FieldError[] = [];
    await checkOwner(tx.db, changes.ownerId, errors);
    if (changes.periodStart !== undefined || changes.periodEnd !== undefined) {
      // Only one end of the period may be sent: check it against the other end as stored.
      const stored = await findGoalPeriod(tx.db, options.id);
      const start = changes.periodStart !== undefined ? changes.periodStart : stored?.period_start;
      const end = changes.periodEnd !== undefined ? changes.periodEnd : stored?.period_end;
      if (start && end && end < start)
        errors.push({
          field: 'periodEnd',
          message: 'is before the start of the period',
          code: 'endBeforeStart',
        });
    }
    refuse(errors);
    const result = await tx.db
      .updateTable('organisation_goals')
      .set({ ...goalColumns(changes), updated_at: tx.now() })
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('Organisation goal');
    tx.record({ action: 'organisation_goal.updated', subjectId: options.id, changes: goalColumns(changes) });
  });
}

export async function addKeyResult(
  ctx: Ctx,
  options: {
    goalId: string;
    input: { metric: string; startValue: number; targetValue: number; currentValue?: number; unit: string };
  },
) {
  assertCan(ctx.auth, 'direction.manage');
  const { input } = options;
  return runChange(ctx, async (tx) => {
    if (!(await findGoalPeriod(tx.db, options.goalId))) throw notFound('Organisation goal');
    const created = await tx.db
      .insertInto('key_results', {
        goal_id: options.goalId,
        metric: input.metric,
        start_value: input.startValue,
        target_value: input.targetValue,
        current_value: input.currentValue ?? input.startValue,
        unit: input.unit,
        position: await countKeyResults(tx.db, options.goalId),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({
      action: 'key_result.created',
      subjectId: options.goalId,
      changes: { keyResultId: created.id, metric: input.metric, targetValue: input.targetValue },
    });
    return created.id;
  });
}

/** A check-in records a new current value with a comment; the goal's owner or management may. */
export async function checkIn(
  ctx: Ctx,
  options: { keyResultId: string; input: { value: number; comment: string } },
) {
  assertCan(ctx.auth, 'direction.read');
  const { input } = options;
  const visible = await visibleIdsOf(ctx);
  return runChange(ctx, async (tx) => {
    const kr = await lockKeyResult(tx.db, options.keyResultId);
    if (!kr || !visible.has(kr.goal_id)) throw notFound('Key result');
    if (!can(ctx.auth, 'direction.manage') && kr.owner_id !== actorId(ctx))
      throw forbidden('Only the goal owner or management can check in.');
    const created = await tx.db
      .insertInto('goal_check_ins', {
        key_result_id: kr.id,
        value: input.value,
        comment: input.comment,
        person_id: actorId(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.db
      .updateTable('key_results')
      .set({ current_value: input.value })
      .where('id', '=', kr.id)
      .execute();
    tx.record({
      action: 'key_result.checked_in',
      subjectId: kr.goal_id,
      changes: { keyResultId: kr.id, currentValue: { from: kr.current_value, to: input.value } },
    });
    return { goalId: kr.goal_id, checkInId: created.id };
  });
}

async function checkAlignment(tenant: TenantDb, goalIds: string[] | undefined, visible: ReadonlySet<string>) {
  if (!goalIds) return;
  const unique = [...new Set(goalIds)];
  const found = await existingGoalIds(tenant, unique);
  const missing = unique.filter((id) => !found.has(id) || !visible.has(id));
  if (missing.length)
    refuse([{ field: 'alignedGoalIds', message: `no such organisation goal: ${missing.join(', ')}` }]);
}

const teamGoalColumns = (input: UpdateTeamGoalInput) =>
  Object.fromEntries(
    Object.entries({
      title: input.title,
      description: input.description,
      owner_id: input.ownerId,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      status: input.status,
    }).filter(([, value]) => value !== undefined),
  );

const teamGoalWriters = 'Only management or the head of this unit can write its team goals.';

/** A unit's team goal, aligned to organisation goals the writer can see (management or unit head). */
export async function createTeamGoal(ctx: Ctx, input: CreateTeamGoalInput) {
  assertCan(ctx.auth, 'direction.read');
  const visible = await visibleIdsOf(ctx);
  return runChange(ctx, async (tx) => {
    const unit = await tx.db
      .selectFrom('org_units')
      .select('id')
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit)
      refuse([
        { field: 'orgUnitId', message: 'no such unit in this organisation', code: 'unknownReference' },
      ]);
    if (!(await canWriteTeamGoals(tx.db, ctx.auth, input.orgUnitId))) throw forbidden(teamGoalWriters);
    const errors: FieldError[] = [];
    await checkOwner(tx.db, input.ownerId, errors);
    refuse(errors);
    await checkAlignment(tx.db, input.alignedGoalIds, visible);
    const created = await tx.db
      .insertInto('team_goals', {
        ...teamGoalColumns(input),
        org_unit_id: input.orgUnitId,
        title: input.title,
        created_by: actorId(ctx),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.db
      .insertInto(
        'team_goal_alignments',
        [...new Set(input.alignedGoalIds)].map((goalId) => ({
          team_goal_id: created.id,
          organisation_goal_id: goalId,
        })),
      )
      .execute();
    tx.record({
      action: 'team_goal.created',
      subjectId: created.id,
      changes: {
        ...teamGoalColumns(input),
        orgUnitId: input.orgUnitId,
        alignedGoalIds: input.alignedGoalIds,
      },
    });
    return created.id;
  });
}

export async function updateTeamGoal(ctx: Ctx, options: { id: string; changes: UpdateTeamGoalInput }) {
  assertCan(ctx.auth, 'direction.read');
  const { changes } = options;
  const visible = await visibleIdsOf(ctx);
  await runChange(ctx, async (tx) => {
    const existing = await findTeamGoalUnit(tx.db, options.id);
    if (!existing) throw notFound('Team goal');
    if (!(await canWriteTeamGoals(tx.db, ctx.auth, existing.org_unit_id))) throw forbidden(teamGoalWriters);
    const errors: FieldError[] = [];
    await checkOwner(tx.db, changes.ownerId, errors);
    refuse(errors);
    await checkAlignment(tx.db, changes.alignedGoalIds, visible);
    const columns = teamGoalColumns(changes);
    if (Object.keys(columns).length)
      await tx.db
        .updateTable('team_goals')
        .set({ ...columns, updated_at: tx.now() })
        .where('id', '=', options.id)
        .execute();
    if (changes.alignedGoalIds) {
      // Links to goals the writer cannot see (confidential) stay as they are.
      let removal = tx.db.deleteFrom('team_goal_alignments').where('team_goal_id', '=', options.id);
      if (visible.size) removal = removal.where('organisation_goal_id', 'in', [...visible]);
      await removal.execute();
      await tx.db
        .insertInto(
          'team_goal_alignments',
          [...new Set(changes.alignedGoalIds)].map((goalId) => ({
            team_goal_id: options.id,
            organisation_goal_id: goalId,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    tx.record({
      action: 'team_goal.updated',
      subjectId: options.id,
      changes: { ...columns, ...(changes.alignedGoalIds ? { alignedGoalIds: changes.alignedGoalIds } : {}) },
    });
  });
}
