import type { Ctx } from '../../core/context.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { enrolForLearningAction } from './plan-learning.ts';
import type { ActionInput } from './plans.schemas.ts';
import { assertGoalOfPlan, changePlan } from './plans.service.ts';

/** A plan's actions: learning (enrolling the person), mentoring and other steps under its goals. */

function actionColumns(input: ActionInput) {
  const columns = {
    goal_id: input.goalId,
    kind: input.kind,
    title: input.title,
    ref_kind: input.refKind,
    ref_id: input.refId,
    due_date: input.dueDate,
    is_done: input.isDone,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)) as Partial<
    typeof columns
  >;
}

export async function addAction(
  ctx: Ctx,
  options: {
    planId: string;
    input: ActionInput & { kind: NonNullable<ActionInput['kind']>; title: string };
  },
) {
  if (options.input.refId && !options.input.refKind) throw invalidField('refKind', 'is needed with refId');
  return changePlan(ctx, { ...options, ability: 'edit', isStructural: true }, async (tx, row) => {
    await assertGoalOfPlan(tx.db, options.planId, options.input.goalId);
    await enrolForLearningAction(tx.db, { ...options.input, personId: row.person_id });
    const columns = actionColumns(options.input);
    const action = await tx.db
      .insertInto('plan_actions', {
        ...columns,
        kind: options.input.kind,
        title: options.input.title,
        plan_id: options.planId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    tx.record({
      action: 'development_plan.action_added',
      subjectId: options.planId,
      changes: { actionId: action.id, ...columns },
    });
    return action.id;
  });
}

export async function updateAction(
  ctx: Ctx,
  options: {
    planId: string;
    actionId: string;
    input: ActionInput;
  },
) {
  const isStructural = Object.keys(options.input).some((key) => key !== 'isDone');
  return changePlan(ctx, { ...options, ability: 'edit', isStructural }, async (tx, row) => {
    await assertGoalOfPlan(tx.db, options.planId, options.input.goalId);
    const { input } = options;
    if (input.refId !== undefined || input.refKind !== undefined || input.kind !== undefined) {
      const existing = await tx.db
        .selectFrom('plan_actions')
        .select(['kind', 'ref_kind', 'ref_id', 'goal_id'])
        .where('id', '=', options.actionId)
        .where('plan_id', '=', options.planId)
        .executeTakeFirst();
      if (!existing) throw notFound('Action');
      await enrolForLearningAction(tx.db, {
        personId: row.person_id,
        kind: input.kind ?? existing.kind,
        refKind: input.refKind !== undefined ? input.refKind : existing.ref_kind,
        refId: input.refId !== undefined ? input.refId : existing.ref_id,
        goalId: input.goalId !== undefined ? input.goalId : existing.goal_id,
      });
    }
    const columns = actionColumns(input);
    const updated = await tx.db
      .updateTable('plan_actions')
      .set(columns)
      .where('id', '=', options.actionId)
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound('Action');
    tx.record({
      action: 'development_plan.action_changed',
      subjectId: options.planId,
      changes: { actionId: options.actionId, ...columns },
    });
    return null;
  });
}

export async function deleteAction(ctx: Ctx, options: { planId: string; actionId: string }) {
  return changePlan(ctx, { ...options, ability: 'edit', isStructural: true }, async (tx) => {
    const deleted = await tx.db
      .deleteFrom('plan_actions')
      .where('id', '=', options.actionId)
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('Action');
    tx.record({
      action: 'development_plan.action_removed',
      subjectId: options.planId,
      changes: { actionId: options.actionId },
    });
    return null;
  });
}
