import type { Db } from '../../db/database.ts';
import type { PlanState } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, forbidden, invalidField, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { enrolForLearningAction } from './plan-learning.ts';
import { assertServesExists } from './plan-links.ts';
import { type PlanAccess, planAbilities, planAccess } from './plans.policy.ts';
import { currentPeriod, findPlan, findPlanIdFor, type PlanRow } from './plans.repository.ts';
import type { ActionInput, GoalInput } from './plans.schemas.ts';

type Ability = keyof ReturnType<typeof planAbilities>;

/** The plan as the caller may see it, or 404 when they may not (a plan's existence is private too). */
export async function accessiblePlan(
  tenant: TenantDb,
  auth: Auth,
  planId: string,
  options = { lock: false },
) {
  if (options.lock)
    await tenant.selectFrom('development_plans').select('id').where('id', '=', planId).forUpdate().execute();
  const row = await findPlan(tenant, planId);
  if (!row) throw notFound('Plan');
  const access = planAccess(auth, row);
  if (access === 'none') throw notFound('Plan');
  return { row, access };
}

function assertAbility(access: PlanAccess, row: PlanRow, ability: Ability) {
  if (!planAbilities(access, row.state)[ability])
    throw row.state === 'reviewed' && access === 'owner'
      ? new AppError('conflict', 'This plan has been reviewed and is closed.')
      : forbidden(`You cannot ${ability} this plan now.`);
}

/** Runs one change to a plan in a transaction with the plan locked, and records it. */
async function changePlan<R>(
  options: { db: Db; auth: Auth; planId: string; ability: Ability; isStructural?: boolean },
  work: (
    tenant: TenantDb,
    row: PlanRow,
  ) => Promise<{ result: R; action: string; changes?: Record<string, unknown> }>,
): Promise<R> {
  const { auth, planId } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const { row, access } = await accessiblePlan(tenant, auth, planId, { lock: true });
    assertAbility(access, row, options.ability);
    const { result, action, changes } = await work(tenant, row);
    // Changing what was agreed asks for agreement again.
    const reopens = options.isStructural && row.state === 'agreed';
    await tenant
      .updateTable('development_plans')
      .set({
        updated_at: new Date(),
        ...(reopens ? { state: 'shared' as const, agreed_at: null, agreed_by: null } : {}),
      })
      .where('id', '=', planId)
      .execute();
    await recordEvent(tenant, auth, {
      action,
      subjectType: 'development_plan',
      subjectId: planId,
      changes: { ...changes, ...(reopens ? { state: { from: 'agreed', to: 'shared' } } : {}) },
    });
    return result;
  });
}

export async function createPlan(options: { db: Db; auth: Auth; period?: string }) {
  const personId = personIdOf(options.auth);
  const period = options.period ?? currentPeriod();
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    if (await findPlanIdFor(tenant, personId, period))
      throw new AppError('conflict', `You already have a plan for ${period}.`);
    const created = await tenant
      .insertInto('development_plans', { person_id: personId, period })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, options.auth, {
      action: 'development_plan.created',
      subjectType: 'development_plan',
      subjectId: created.id,
      changes: { period },
    });
    return created.id;
  });
}

async function assertGoalOfPlan(
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

export async function addGoal(options: {
  db: Db;
  auth: Auth;
  planId: string;
  input: GoalInput & { title: string };
}) {
  if (options.input.servesId && !options.input.servesKind)
    throw invalidField('servesKind', 'is needed with servesId');
  return changePlan({ ...options, ability: 'edit', isStructural: true }, async (tenant) => {
    await assertServesExists(tenant, options.auth, {
      kind: options.input.servesKind ?? null,
      id: options.input.servesId ?? null,
    });
    await assertServesExists(
      tenant,
      options.auth,
      { kind: 'skill', id: options.input.skillId ?? null },
      'skillId',
    );
    const count = await tenant
      .selectFrom('plan_goals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', options.planId)
      .executeTakeFirstOrThrow();
    const columns = goalColumns(options.input);
    const goal = await tenant
      .insertInto('plan_goals', {
        ...columns,
        title: options.input.title,
        plan_id: options.planId,
        position: Number(count.n),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      result: goal.id,
      action: 'development_plan.goal_added',
      changes: { goalId: goal.id, ...columns },
    };
  });
}

/** Progress and status are the owner's running updates; other fields change what was agreed. */
const isStructuralGoalChange = (input: GoalInput) =>
  Object.keys(input).some((key) => !['status', 'progress'].includes(key));

export async function updateGoal(options: {
  db: Db;
  auth: Auth;
  planId: string;
  goalId: string;
  input: GoalInput;
}) {
  return changePlan(
    { ...options, ability: 'edit', isStructural: isStructuralGoalChange(options.input) },
    async (tenant) => {
      const { input } = options;
      if (input.servesKind !== undefined || input.servesId !== undefined) {
        const existing = await tenant
          .selectFrom('plan_goals')
          .select(['serves_kind', 'serves_id'])
          .where('id', '=', options.goalId)
          .where('plan_id', '=', options.planId)
          .executeTakeFirst();
        if (!existing) throw notFound('Goal');
        await assertServesExists(tenant, options.auth, {
          kind: input.servesKind !== undefined ? input.servesKind : existing.serves_kind,
          id: input.servesId !== undefined ? input.servesId : existing.serves_id,
        });
      }
      if (input.skillId)
        await assertServesExists(tenant, options.auth, { kind: 'skill', id: input.skillId }, 'skillId');
      const columns = goalColumns(input);
      const updated = await tenant
        .updateTable('plan_goals')
        .set({ ...columns, updated_at: new Date() })
        .where('id', '=', options.goalId)
        .where('plan_id', '=', options.planId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw notFound('Goal');
      return {
        result: null,
        action: 'development_plan.goal_changed',
        changes: { goalId: options.goalId, ...columns },
      };
    },
  );
}

export async function deleteGoal(options: { db: Db; auth: Auth; planId: string; goalId: string }) {
  return changePlan({ ...options, ability: 'edit', isStructural: true }, async (tenant) => {
    const deleted = await tenant
      .deleteFrom('plan_goals')
      .where('id', '=', options.goalId)
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('Goal');
    return { result: null, action: 'development_plan.goal_removed', changes: { goalId: options.goalId } };
  });
}

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

export async function addAction(options: {
  db: Db;
  auth: Auth;
  planId: string;
  input: ActionInput & { kind: NonNullable<ActionInput['kind']>; title: string };
}) {
  if (options.input.refId && !options.input.refKind) throw invalidField('refKind', 'is needed with refId');
  return changePlan({ ...options, ability: 'edit', isStructural: true }, async (tenant, row) => {
    await assertGoalOfPlan(tenant, options.planId, options.input.goalId);
    await enrolForLearningAction(tenant, { ...options.input, personId: row.person_id });
    const columns = actionColumns(options.input);
    const action = await tenant
      .insertInto('plan_actions', {
        ...columns,
        kind: options.input.kind,
        title: options.input.title,
        plan_id: options.planId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      result: action.id,
      action: 'development_plan.action_added',
      changes: { actionId: action.id, ...columns },
    };
  });
}

export async function updateAction(options: {
  db: Db;
  auth: Auth;
  planId: string;
  actionId: string;
  input: ActionInput;
}) {
  const isStructural = Object.keys(options.input).some((key) => key !== 'isDone');
  return changePlan({ ...options, ability: 'edit', isStructural }, async (tenant, row) => {
    await assertGoalOfPlan(tenant, options.planId, options.input.goalId);
    const { input } = options;
    if (input.refId !== undefined || input.refKind !== undefined || input.kind !== undefined) {
      const existing = await tenant
        .selectFrom('plan_actions')
        .select(['kind', 'ref_kind', 'ref_id', 'goal_id'])
        .where('id', '=', options.actionId)
        .where('plan_id', '=', options.planId)
        .executeTakeFirst();
      if (!existing) throw notFound('Action');
      await enrolForLearningAction(tenant, {
        personId: row.person_id,
        kind: input.kind ?? existing.kind,
        refKind: input.refKind !== undefined ? input.refKind : existing.ref_kind,
        refId: input.refId !== undefined ? input.refId : existing.ref_id,
        goalId: input.goalId !== undefined ? input.goalId : existing.goal_id,
      });
    }
    const columns = actionColumns(input);
    const updated = await tenant
      .updateTable('plan_actions')
      .set(columns)
      .where('id', '=', options.actionId)
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound('Action');
    return {
      result: null,
      action: 'development_plan.action_changed',
      changes: { actionId: options.actionId, ...columns },
    };
  });
}

export async function deleteAction(options: { db: Db; auth: Auth; planId: string; actionId: string }) {
  return changePlan({ ...options, ability: 'edit', isStructural: true }, async (tenant) => {
    const deleted = await tenant
      .deleteFrom('plan_actions')
      .where('id', '=', options.actionId)
      .where('plan_id', '=', options.planId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('Action');
    return {
      result: null,
      action: 'development_plan.action_removed',
      changes: { actionId: options.actionId },
    };
  });
}

/** A reflection from the employee or a comment from the manager. */
export async function addNote(options: {
  db: Db;
  auth: Auth;
  planId: string;
  body: string;
  goalId?: string | null;
}) {
  const authorId = personIdOf(options.auth);
  return changePlan({ ...options, ability: 'comment' }, async (tenant, row) => {
    await assertGoalOfPlan(tenant, options.planId, options.goalId);
    const kind = row.person_id === authorId ? ('reflection' as const) : ('manager_comment' as const);
    const note = await tenant
      .insertInto('plan_notes', {
        plan_id: options.planId,
        goal_id: options.goalId ?? null,
        kind,
        author_id: authorId,
        body: options.body,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { result: note.id, action: `development_plan.${kind}_added`, changes: { noteId: note.id } };
  });
}

const transitions = {
  share: { to: 'shared', stamp: 'shared_at' },
  agree: { to: 'agreed', stamp: 'agreed_at' },
  review: { to: 'reviewed', stamp: 'reviewed_at' },
} as const satisfies Record<string, { to: PlanState; stamp: string }>;

/** draft → shared (employee) → agreed (manager) → reviewed (manager, at the end of the period). */
export async function movePlan(options: {
  db: Db;
  auth: Auth;
  planId: string;
  step: keyof typeof transitions;
}) {
  const { to, stamp } = transitions[options.step];
  return changePlan({ ...options, ability: options.step }, async (tenant, row) => {
    if (row.state === 'draft' && options.step === 'share') {
      const goals = await tenant
        .selectFrom('plan_goals')
        .select('id')
        .where('plan_id', '=', row.id)
        .limit(1)
        .execute();
      if (goals.length === 0)
        throw new AppError('conflict', 'Add at least one goal before sharing the plan.');
    }
    await tenant
      .updateTable('development_plans')
      .set({
        state: to,
        [stamp]: new Date(),
        ...(options.step === 'agree' ? { agreed_by: personIdOf(options.auth) } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return { result: null, action: `development_plan.${to}`, changes: { state: { from: row.state, to } } };
  });
}
