import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, forbidden, notFound } from '../../http/errors.ts';
import { type Auth, can } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { canWriteTeamGoals } from './goals.policy.ts';
import type {
  CreateGoalInput,
  CreateTeamGoalInput,
  UpdateGoalInput,
  UpdateTeamGoalInput,
} from './goals.schemas.ts';

const actorId = (auth: Auth) => (auth.kind === 'person' ? auth.personId : null);

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

export async function createGoal(options: { db: Db; auth: Auth; input: CreateGoalInput }) {
  const { auth, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const errors: FieldError[] = [];
    await checkOwner(tenant, input.ownerId, errors);
    refuse(errors);
    const goal = await tenant
      .insertInto('organisation_goals', {
        ...goalColumns(input),
        title: input.title,
        created_by: actorId(auth),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.keyResults.length)
      await tenant
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
    await recordEvent(tenant, auth, {
      action: 'organisation_goal.created',
      subjectType: 'organisation_goal',
      subjectId: goal.id,
      changes: { ...goalColumns(input), keyResults: input.keyResults.length },
    });
    return goal.id;
  });
}

export async function updateGoal(options: { db: Db; auth: Auth; id: string; changes: UpdateGoalInput }) {
  const { auth, changes } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const errors: FieldError[] = [];
    await checkOwner(tenant, changes.ownerId, errors);
    if (changes.periodStart !== undefined || changes.periodEnd !== undefined) {
      // Only one end of the period may be sent: check it against the other end as stored.
      const stored = await tenant
        .selectFrom('organisation_goals')
        .select(['period_start', 'period_end'])
        .where('id', '=', options.id)
        .executeTakeFirst();
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
    const result = await tenant
      .updateTable('organisation_goals')
      .set({ ...goalColumns(changes), updated_at: new Date() })
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound('Organisation goal');
    await recordEvent(tenant, auth, {
      action: 'organisation_goal.updated',
      subjectType: 'organisation_goal',
      subjectId: options.id,
      changes: goalColumns(changes),
    });
  });
}

export async function addKeyResult(options: {
  db: Db;
  auth: Auth;
  goalId: string;
  input: { metric: string; startValue: number; targetValue: number; currentValue?: number; unit: string };
}) {
  const { auth, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const goal = await tenant
      .selectFrom('organisation_goals')
      .select('id')
      .where('id', '=', options.goalId)
      .executeTakeFirst();
    if (!goal) throw notFound('Organisation goal');
    const count = await tenant
      .selectFrom('key_results')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('goal_id', '=', options.goalId)
      .executeTakeFirstOrThrow();
    const created = await tenant
      .insertInto('key_results', {
        goal_id: options.goalId,
        metric: input.metric,
        start_value: input.startValue,
        target_value: input.targetValue,
        current_value: input.currentValue ?? input.startValue,
        unit: input.unit,
        position: Number(count.n),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, auth, {
      action: 'key_result.created',
      subjectType: 'organisation_goal',
      subjectId: options.goalId,
      changes: { keyResultId: created.id, metric: input.metric, targetValue: input.targetValue },
    });
    return created.id;
  });
}

/** A check-in records a new current value with a comment; the goal's owner or management may. */
export async function checkIn(options: {
  db: Db;
  auth: Auth;
  keyResultId: string;
  input: { value: number; comment: string };
  canSee: (goalId: string) => Promise<boolean>;
}) {
  const { auth, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const kr = await tenant
      .selectFrom('key_results')
      .innerJoin('organisation_goals as g', (join) =>
        join
          .onRef('g.organisation_id', '=', 'key_results.organisation_id')
          .onRef('g.id', '=', 'key_results.goal_id'),
      )
      .select(['key_results.id', 'key_results.goal_id', 'key_results.current_value', 'g.owner_id'])
      .where('key_results.id', '=', options.keyResultId)
      .executeTakeFirst();
    if (!kr || !(await options.canSee(kr.goal_id))) throw notFound('Key result');
    if (!can(auth, 'direction.manage') && kr.owner_id !== actorId(auth))
      throw forbidden('Only the goal owner or management can check in.');
    const created = await tenant
      .insertInto('goal_check_ins', {
        key_result_id: kr.id,
        value: input.value,
        comment: input.comment,
        person_id: actorId(auth),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant
      .updateTable('key_results')
      .set({ current_value: input.value })
      .where('id', '=', kr.id)
      .execute();
    await recordEvent(tenant, auth, {
      action: 'key_result.checked_in',
      subjectType: 'organisation_goal',
      subjectId: kr.goal_id,
      changes: { keyResultId: kr.id, currentValue: { from: kr.current_value, to: input.value } },
    });
    return { goalId: kr.goal_id, checkInId: created.id };
  });
}

async function checkAlignment(tenant: TenantDb, goalIds: string[] | undefined, visible: ReadonlySet<string>) {
  if (!goalIds) return;
  const unique = [...new Set(goalIds)];
  const found = await tenant
    .selectFrom('organisation_goals')
    .select('id')
    .where('id', 'in', unique)
    .execute();
  const missing = unique.filter((id) => !found.some((row) => row.id === id) || !visible.has(id));
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

export async function createTeamGoal(options: {
  db: Db;
  auth: Auth;
  input: CreateTeamGoalInput;
  visibleGoalIds: ReadonlySet<string>;
}) {
  const { auth, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const unit = await tenant
      .selectFrom('org_units')
      .select('id')
      .where('id', '=', input.orgUnitId)
      .executeTakeFirst();
    if (!unit)
      refuse([
        { field: 'orgUnitId', message: 'no such unit in this organisation', code: 'unknownReference' },
      ]);
    if (!(await canWriteTeamGoals(tenant, auth, input.orgUnitId)))
      throw forbidden('Only management or the head of this unit can write its team goals.');
    const errors: FieldError[] = [];
    await checkOwner(tenant, input.ownerId, errors);
    refuse(errors);
    await checkAlignment(tenant, input.alignedGoalIds, options.visibleGoalIds);
    const created = await tenant
      .insertInto('team_goals', {
        ...teamGoalColumns(input),
        org_unit_id: input.orgUnitId,
        title: input.title,
        created_by: actorId(auth),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant
      .insertInto(
        'team_goal_alignments',
        [...new Set(input.alignedGoalIds)].map((goalId) => ({
          team_goal_id: created.id,
          organisation_goal_id: goalId,
        })),
      )
      .execute();
    await recordEvent(tenant, auth, {
      action: 'team_goal.created',
      subjectType: 'team_goal',
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

export async function updateTeamGoal(options: {
  db: Db;
  auth: Auth;
  id: string;
  changes: UpdateTeamGoalInput;
  visibleGoalIds: ReadonlySet<string>;
}) {
  const { auth, changes } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const existing = await tenant
      .selectFrom('team_goals')
      .select(['id', 'org_unit_id'])
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (!existing) throw notFound('Team goal');
    if (!(await canWriteTeamGoals(tenant, auth, existing.org_unit_id)))
      throw forbidden('Only management or the head of this unit can write its team goals.');
    const errors: FieldError[] = [];
    await checkOwner(tenant, changes.ownerId, errors);
    refuse(errors);
    await checkAlignment(tenant, changes.alignedGoalIds, options.visibleGoalIds);
    const columns = teamGoalColumns(changes);
    if (Object.keys(columns).length)
      await tenant
        .updateTable('team_goals')
        .set({ ...columns, updated_at: new Date() })
        .where('id', '=', options.id)
        .execute();
    if (changes.alignedGoalIds) {
      // Links to goals the writer cannot see (confidential) stay as they are.
      let removal = tenant.deleteFrom('team_goal_alignments').where('team_goal_id', '=', options.id);
      if (options.visibleGoalIds.size)
        removal = removal.where('organisation_goal_id', 'in', [...options.visibleGoalIds]);
      await removal.execute();
      await tenant
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
    await recordEvent(tenant, auth, {
      action: 'team_goal.updated',
      subjectType: 'team_goal',
      subjectId: options.id,
      changes: { ...columns, ...(changes.alignedGoalIds ? { alignedGoalIds: changes.alignedGoalIds } : {}) },
    });
  });
}
