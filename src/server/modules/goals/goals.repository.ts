import { sql } from 'kysely';
import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';

/** What a reader may see: drafts only for management, confidential goals only with that permission. */
export type GoalVisibility = { withDrafts: boolean; withConfidential: boolean };

const fullName = (table: string) => displayNameSql<string | null>(table);

export async function listGoals(tenant: TenantDb, visibility: GoalVisibility, ids?: string[]) {
  let query = tenant
    .selectFrom('organisation_goals')
    .leftJoin('people as owner', (join) =>
      join
        .onRef('owner.organisation_id', '=', 'organisation_goals.organisation_id')
        .onRef('owner.id', '=', 'organisation_goals.owner_id'),
    )
    .selectAll('organisation_goals')
    .select(fullName('owner').as('owner_name'))
    .orderBy('organisation_goals.position')
    .orderBy('organisation_goals.created_at');
  if (!visibility.withDrafts) query = query.where('organisation_goals.status', '<>', 'draft');
  if (!visibility.withConfidential) query = query.where('organisation_goals.is_confidential', '=', false);
  if (ids) {
    if (ids.length === 0) return [];
    query = query.where('organisation_goals.id', 'in', ids);
  }
  const goals = await query.execute();
  if (goals.length === 0) return [];
  const keyResults = await tenant
    .selectFrom('key_results')
    .selectAll()
    .where(
      'goal_id',
      'in',
      goals.map((g) => g.id),
    )
    .orderBy('position')
    .orderBy('metric')
    .execute();
  return goals.map((goal) => ({ ...goal, keyResults: keyResults.filter((kr) => kr.goal_id === goal.id) }));
}
export type GoalWithKeyResults = Awaited<ReturnType<typeof listGoals>>[number];

export async function listTeamGoals(
  tenant: TenantDb,
  filter: { unitIds?: string[]; ids?: string[]; alignedTo?: string[] },
) {
  let query = tenant
    .selectFrom('team_goals')
    .innerJoin('org_units as u', (join) =>
      join
        .onRef('u.organisation_id', '=', 'team_goals.organisation_id')
        .onRef('u.id', '=', 'team_goals.org_unit_id'),
    )
    .leftJoin('people as owner', (join) =>
      join
        .onRef('owner.organisation_id', '=', 'team_goals.organisation_id')
        .onRef('owner.id', '=', 'team_goals.owner_id'),
    )
    .selectAll('team_goals')
    .select(['u.name as unit_name', fullName('owner').as('owner_name')])
    .orderBy('u.name')
    .orderBy('team_goals.created_at');
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) return [];
    query = query.where('team_goals.org_unit_id', 'in', filter.unitIds);
  }
  if (filter.ids) query = query.where('team_goals.id', 'in', filter.ids);
  if (filter.alignedTo) {
    if (filter.alignedTo.length === 0) return [];
    const orgId = tenant.organisationId;
    const aligned = filter.alignedTo;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('team_goal_alignments as a')
          .select('a.team_goal_id')
          .where('a.organisation_id', '=', orgId)
          .whereRef('a.team_goal_id', '=', sql.ref('team_goals.id'))
          .where('a.organisation_goal_id', 'in', aligned),
      ),
    );
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const alignments = await tenant
    .selectFrom('team_goal_alignments')
    .select(['team_goal_id', 'organisation_goal_id'])
    .where(
      'team_goal_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((row) => ({
    ...row,
    alignedGoalIds: alignments.filter((a) => a.team_goal_id === row.id).map((a) => a.organisation_goal_id),
  }));
}
export type TeamGoalRow = Awaited<ReturnType<typeof listTeamGoals>>[number];

export async function checkInsOf(tenant: TenantDb, keyResultIds: string[]) {
  if (keyResultIds.length === 0) return [];
  return tenant
    .selectFrom('goal_check_ins')
    .leftJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'goal_check_ins.organisation_id')
        .onRef('p.id', '=', 'goal_check_ins.person_id'),
    )
    .selectAll('goal_check_ins')
    .select(fullName('p').as('person_name'))
    .where('goal_check_ins.key_result_id', 'in', keyResultIds)
    .orderBy('goal_check_ins.created_at', 'desc')
    .limit(100)
    .execute();
}

/** The ids of the goals a reader may see (for links and alignment checks, without the goals themselves). */
export async function visibleGoalIds(tenant: TenantDb, visibility: GoalVisibility) {
  let query = tenant.selectFrom('organisation_goals').select('id');
  if (!visibility.withDrafts) query = query.where('status', '<>', 'draft');
  if (!visibility.withConfidential) query = query.where('is_confidential', '=', false);
  return new Set((await query.execute()).map((row) => row.id));
}

export async function existingGoalIds(tenant: TenantDb, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await tenant.selectFrom('organisation_goals').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((row) => row.id));
}

export const findGoalPeriod = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('organisation_goals')
    .select(['id', 'period_start', 'period_end'])
    .where('id', '=', id)
    .executeTakeFirst();

export async function countKeyResults(tenant: TenantDb, goalId: string) {
  const row = await tenant
    .selectFrom('key_results')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('goal_id', '=', goalId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A key result with its goal's owner, locked: check-ins on one key result go one after the other. */
export const lockKeyResult = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('key_results')
    .innerJoin('organisation_goals as g', (join) =>
      join
        .onRef('g.organisation_id', '=', 'key_results.organisation_id')
        .onRef('g.id', '=', 'key_results.goal_id'),
    )
    .select(['key_results.id', 'key_results.goal_id', 'key_results.current_value', 'g.owner_id'])
    .where('key_results.id', '=', id)
    .forUpdate('key_results')
    .executeTakeFirst();

export const findTeamGoalUnit = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('team_goals').select(['id', 'org_unit_id']).where('id', '=', id).executeTakeFirst();

/** Organisation goals as the subject of a consultation (confidential ones only for those who may). */
export async function goalsAsSubject(tenant: TenantDb, ids: string[], withConfidential: boolean) {
  if (ids.length === 0) return [];
  let query = tenant
    .selectFrom('organisation_goals')
    .select(['id', 'title', 'description', 'status'])
    .where('id', 'in', ids)
    .orderBy('position');
  if (!withConfidential) query = query.where('is_confidential', '=', false);
  return query.execute();
}

/** Draft goals become active (a consultation about them closed with "publish"). */
export async function activateDraftGoals(tenant: TenantDb, ids: string[], now: Date) {
  if (ids.length === 0) return;
  await tenant
    .updateTable('organisation_goals')
    .set({ status: 'active', updated_at: now })
    .where('id', 'in', ids)
    .where('status', '=', 'draft')
    .execute();
}
