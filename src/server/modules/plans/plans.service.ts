import { sql } from 'kysely';
import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { PlanState } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { assertServesExists } from './plan-links.ts';
import './plans.events.ts';
import { type PlanAccess, planAbilities, planAccess } from './plans.policy.ts';
import { currentPeriod, findPlan, findPlanIdFor, type PlanRow, touchPlan } from './plans.repository.ts';
import type { GoalInput } from './plans.schemas.ts';

type Ability = keyof ReturnType<typeof planAbilities>;

/** The plan as the caller may see it, or 404 when they may not (a plan's existence is private too). */
export async function accessiblePlan(ctx: Ctx, planId: string) {
  const row = await ctx.memo(`plan:${planId}`, () => findPlan(ctx.db, planId));
  return authorise(ctx, row);
}

function authorise(ctx: Ctx, row: PlanRow | undefined) {
  if (!row) throw notFound('Plan');
  const access = planAccess(ctx.auth, row);
  if (access === 'none') throw notFound('Plan');
  return { row, access };
}

function assertAbility(access: PlanAccess, row: PlanRow, ability: Ability) {
  if (!planAbilities(access, row.state)[ability])
    throw row.state === 'reviewed' && access === 'owner'
      ? new AppError('conflict', 'This plan has been reviewed and is closed.')
      : forbidden(`You cannot ${ability} this plan now.`);
}

/**
 * One change to a plan: the plan is locked and touched in one statement, the caller's ability checked,
 * the work done. Changing what was agreed asks for agreement again. The plan as it now stands is
 * remembered for the answer, so the route does not read it twice.
 */
export async function changePlan<R>(
  ctx: Ctx,
  options: { planId: string; ability: Ability; isStructural?: boolean },
  work: (tx: ChangeCtx<Ctx>, row: PlanRow) => Promise<R>,
): Promise<R> {
  return runChange(ctx, async (tx) => {
    const { row, access } = authorise(tx, await touchPlan(tx.db, options.planId, tx.now()));
    assertAbility(access, row, options.ability);
    const result = await work(tx, row);
    // The answer shows the plan as changed: remember the row so it is not read again.
    await tx.memo(`plan:${row.id}`, async () => row);
    if (options.isStructural && row.state === 'agreed') {
      await tx.db
        .updateTable('development_plans')
        .set({ state: 'shared', agreed_at: null, agreed_by: null })
        .where('id', '=', row.id)
        .execute();
      tx.record({
        action: 'development_plan.reopened',
        subjectId: row.id,
        changes: { state: { from: 'agreed', to: 'shared' } },
      });
      row.state = 'shared';
      row.agreed_at = null;
      row.agreed_by = null;
    }
    return result;
  });
}

export async function createPlan(ctx: Ctx, input: { period?: string }) {
  const personId = personIdOf(ctx.auth);
  const period = input.period ?? currentPeriod(ctx);
  return runChange(ctx, async (tx) => {
    if (await findPlanIdFor(tx.db, personId, period))
      throw new AppError('conflict', `You already have a plan for ${period}.`);
    const created = await tx.db
      .insertInto('development_plans', { person_id: personId, period })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({ action: 'development_plan.created', subjectId: created.id, changes: { period } });
    return created.id;
  });
}

export async function assertGoalOfPlan(
  tenant: TenantDb,
  planId: string,
  goalId: string | null | undefined,
  field = 'goalId',
) {
  if (!goalId) return;
  const goal = await tenant
    .selectFrom('plan_goals')
    .select('id')
    .where('id', '=', goalId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  if (!goal) throw invalidField(field, 'is not a goal of this plan');
}

function goalColumns(input: GoalInput) {
  const columns = {
    title: input.title,
    why: input.why,
    serves_kind: input.servesKind,
    serves_id: input.servesId,
    serves_label: input.servesLabel,
    target_level: input.targetLevel,
    skill_id: input.skillId,
    skill_target_level: input.skillTargetLevel,
    success_measure: input.successMeasure,
    target_date: input.targetDate,
    status: input.status,
    progress: input.progress,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)) as Partial<
    typeof columns
  >;
}

export async function addGoal(
  ctx: Ctx,
  options: {
    planId: string;
    input: GoalInput & { title: string };
  },
) {
  if (options.input.servesId && !options.input.servesKind)
    throw invalidField('servesKind', 'is needed with servesId');
  return changePlan(ctx, { ...options, ability: 'edit', isStructural: true }, async (tx) => {
    await assertServesExists(tx.db, ctx.auth, {
      kind: options.input.servesKind ?? null,
      id: options.input.servesId ?? null,
    });
    await assertServesExists(
      tx.db,
      ctx.auth,
      { kind: 'skill', id: options.input.skillId ?? null },
      'skillId',
    );
    const columns = goalColumns(options.input);
    // New goals go last: the position is counted in the insert itself.
    const goal = await tx.db
      .insertInto('plan_goals', {
        ...columns,
        title: options.input.title,
        plan_id: options.planId,
        // An SQL expression where the tenant helper's types expect the number it evaluates to.
        position:
          sql<number>`(SELECT count(*) FROM plan_goals g WHERE g.organisation_id = ${tx.organisationId} AND g.plan_id = ${options.planId})` as unknown as number,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({
      action: 'development_plan.goal_added',
      subjectId: options.planId,
      changes: { goalId: goal.id, ...columns },
    });
    return goal.id;
  });
}

/** Progress and status are the owner's running updates; other fields change what was agreed. */
const isStructuralGoalChange = (input: GoalInput) =>
  Object.keys(input).some((key) => !['status', 'progress'].includes(key));

export async function updateGoal(
  ctx: Ctx,
  options: {
    planId: string;
    goalId: string;
    input: GoalInput;
  },
) {
  return changePlan(
    ctx,
    { ...options, ability: 'edit', isStructural: isStructuralGoalChange(options.input) },
    async (tx, plan) => {
      const { input } = options;
      const before =
        input.status === 'achieved'
          ? await tx.db
              .selectFrom('plan_goals')
              .select(['status', 'title'])
              .where('id', '=', options.goalId)
              .where('plan_id', '=', options.planId)
              .executeTakeFirst()
          : undefined;
      if (input.servesKind !== undefined || input.servesId !== undefined) {
        const existing = await tx.db
          .selectFrom('plan_goals')
          .select(['serves_kind', 'serves_id'])
          .where('id', '=', options.goalId)
          .where('plan_id', '=', options.planId)
          .executeTakeFirst();
        if (!existing) throw notFound('Goal');
        await assertServesExists(tx.db, ctx.auth, {
          kind: input.servesKind !== undefined ? input.servesKind : existing.serves_kind,
          id: input.servesId !== undefined ? input.servesId : existing.serves_id,
        });
      }
      if (input.skillId)
        await assertServesExists(tx.db, ctx.auth, { kind: 'skill', id: input.skillId }, 'skillId');
      const columns = goalColumns(input);
      const updated = await tx.db
        .updateTable('plan_goals')
        .set({ ...columns, updated_at: tx.now() })
        .where('id', '=', options.goalId)
        .where('plan_id', '=', options.planId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw notFound('Goal');
      tx.record({
        action: 'development_plan.goal_changed',
        subjectId: options.planId,
        changes: { goalId: options.goalId, ...columns },
      });
      if (before && before.status !== 'achieved')
        tx.publish('plans.goal_achieved', {
          personId: plan.person_id,
          planId: plan.id,
          goalId: options.goalId,
          title: input.title ?? before.title,
        });
      return null;
    },
  );
}

export async function deleteGoal(ctx: Ctx, options: { planId: string; goalId: string }) {
  return changePlan(ctx, { ...options, ability: 'edit', isStructural: true }, async (tx) => {
    const deleted = await tx.db
      .deleteFrom('plan_goals')
      .where('id', '=', options.goalId)
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('Goal');
    tx.record({
      action: 'development_plan.goal_removed',
      subjectId: options.planId,
      changes: { goalId: options.goalId },
    });
    return null;
  });
}

/** A reflection from the employee or a comment from the manager. */
export async function addNote(
  ctx: Ctx,
  options: {
    planId: string;
    body: string;
    goalId?: string | null;
  },
) {
  const authorId = personIdOf(ctx.auth);
  return changePlan(ctx, { ...options, ability: 'comment' }, async (tx, row) => {
    await assertGoalOfPlan(tx.db, options.planId, options.goalId);
    const kind = row.person_id === authorId ? ('reflection' as const) : ('manager_comment' as const);
    const note = await tx.db
      .insertInto('plan_notes', {
        plan_id: options.planId,
        goal_id: options.goalId ?? null,
        kind,
        author_id: authorId,
        body: options.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({
      action: `development_plan.${kind}_added`,
      subjectId: options.planId,
      changes: { noteId: note.id },
    });
    return note.id;
  });
}

const transitions = {
  share: { to: 'shared', stamp: 'shared_at' },
  agree: { to: 'agreed', stamp: 'agreed_at' },
  review: { to: 'reviewed', stamp: 'reviewed_at' },
} as const satisfies Record<string, { to: PlanState; stamp: string }>;

/** draft → shared (employee) → agreed (manager) → reviewed (manager, at the end of the period). */
export async function movePlan(
  ctx: Ctx,
  options: {
    planId: string;
    step: keyof typeof transitions;
  },
) {
  const { to, stamp } = transitions[options.step];
  return changePlan(ctx, { ...options, ability: options.step }, async (tx, row) => {
    if (row.state === 'draft' && options.step === 'share') {
      const goals = await tx.db
        .selectFrom('plan_goals')
        .select('id')
        .where('plan_id', '=', row.id)
        .limit(1)
        .execute();
      if (goals.length === 0)
        throw new AppError('conflict', 'Add at least one goal before sharing the plan.');
    }
    const moved = {
      state: to,
      [stamp]: tx.now(),
      ...(options.step === 'agree' ? { agreed_by: personIdOf(ctx.auth) } : {}),
    };
    await tx.db.updateTable('development_plans').set(moved).where('id', '=', row.id).execute();
    tx.record({
      action: `development_plan.${to}`,
      subjectId: options.planId,
      changes: { state: { from: row.state, to } },
    });
    Object.assign(row, moved);
    if (options.step === 'agree')
      tx.publish('plans.agreed', {
        personId: row.person_id,
        planId: row.id,
        period: row.period,
        agreedBy: personIdOf(ctx.auth),
      });
    return null;
  });
}
