import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { port } from '../../core/ports.ts';
import { displayNameSql } from '../../db/person-name.ts';
import type { TenantDb } from '../../db/tenant.ts';
import './plans.ports.ts';

/** The plan period now: the organisation's calendar year. */
export const currentPeriod = (ctx: { today(): string }) => ctx.today().slice(0, 4);

const personName = displayNameSql('p');

export async function findPlan(tenant: TenantDb, planId: string) {
  return tenant
    .selectFrom('development_plans')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'development_plans.organisation_id')
        .onRef('p.id', '=', 'development_plans.person_id'),
    )
    .leftJoin('people as m', (join) =>
      join.onRef('m.organisation_id', '=', 'p.organisation_id').onRef('m.id', '=', 'p.manager_id'),
    )
    .selectAll('development_plans')
    .select([
      personName.as('person_name'),
      'p.manager_id',
      displayNameSql<string | null>('m').as('manager_name'),
    ])
    .where('development_plans.id', '=', planId)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/**
 * Locks and touches a plan in one statement (an UPDATE holds the row until commit), returning what
 * findPlan returns, so a change needs no separate read.
 */
export async function touchPlan(tenant: TenantDb, planId: string, at: Date): Promise<PlanRow | undefined> {
  return tenant
    .updateTable('development_plans')
    .set({ updated_at: at })
    .from('people as p')
    .leftJoin('people as m', (join) =>
      join.onRef('m.organisation_id', '=', 'p.organisation_id').onRef('m.id', '=', 'p.manager_id'),
    )
    .whereRef('p.organisation_id', '=', 'development_plans.organisation_id')
    .whereRef('p.id', '=', 'development_plans.person_id')
    .where('development_plans.id', '=', planId)
    .returningAll('development_plans')
    .returning([
      personName.as('person_name'),
      'p.manager_id',
      displayNameSql<string | null>('m').as('manager_name'),
    ])
    .executeTakeFirst();
}

export async function findPlanGoal(tenant: TenantDb, goalId: string) {
  return tenant
    .selectFrom('plan_goals')
    .select(['plan_id', 'serves_kind', 'serves_id', 'serves_label', 'skill_id'])
    .where('id', '=', goalId)
    .executeTakeFirst();
}

export async function findPlanIdFor(tenant: TenantDb, personId: string, period: string) {
  const row = await tenant
    .selectFrom('development_plans')
    .select('id')
    .where('person_id', '=', personId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * Everything on a plan in one statement (goals, actions, notes and answered follow-ups as JSON arrays):
 * the plan page and every change's answer read it.
 */
export async function planParts(tenant: TenantDb, planId: string, personId: string) {
  const own = tenant.organisationId;
  const row = await tenant
    .selectFrom('development_plans')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('plan_goals')
          .selectAll()
          .where('organisation_id', '=', own)
          .where('plan_id', '=', planId)
          .orderBy('position')
          .orderBy('created_at'),
      ).as('goals'),
      jsonArrayFrom(
        eb
          .selectFrom('plan_actions')
          .selectAll()
          .where('organisation_id', '=', own)
          .where('plan_id', '=', planId)
          .orderBy('created_at'),
      ).as('actions'),
      jsonArrayFrom(
        eb
          .selectFrom('plan_notes')
          .innerJoin('people as p', (join) =>
            join
              .onRef('p.organisation_id', '=', 'plan_notes.organisation_id')
              .onRef('p.id', '=', 'plan_notes.author_id'),
          )
          .selectAll('plan_notes')
          .select(personName.as('author_name'))
          .where('plan_notes.organisation_id', '=', own)
          .where('plan_id', '=', planId)
          .orderBy('plan_notes.created_at'),
      ).as('notes'),
      // Learning agreements own the follow-ups; they lend the subquery so the plan stays one statement.
      jsonArrayFrom(port('answeredFollowupsQuery')(tenant, personId)).as('followups'),
    ])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  // JSON carries timestamps as text: make them instants again.
  const instant = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    goals: row.goals,
    actions: row.actions,
    notes: row.notes.map((note) => ({ ...note, created_at: instant(note.created_at) as Date })),
    followups: row.followups.map((f) => ({ ...f, answered_at: instant(f.answered_at) })),
  };
}

/** A goal past its target date that is neither achieved nor dropped (the rule of `isGoalOverdue`). */
const overdue = (today: string) =>
  sql<boolean>`target_date < ${today}::date AND status IN ('open', 'in_progress')`;

/** Plan summaries for a set of people (a manager's reports, or everyone for HR). */
export async function listPlanSummaries(
  tenant: TenantDb,
  options: { period: string; managerId?: string; includeDrafts: boolean; today: string },
) {
  const base = tenant
    .selectFrom('development_plans')
    .innerJoin('people as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'development_plans.organisation_id')
        .onRef('p.id', '=', 'development_plans.person_id'),
    )
    .select([
      'development_plans.id',
      'development_plans.person_id',
      'development_plans.period',
      'development_plans.state',
      'development_plans.updated_at',
      personName.as('person_name'),
    ])
    .where('development_plans.period', '=', options.period)
    .orderBy('p.family_name')
    .orderBy('p.given_name');
  const scoped = options.includeDrafts ? base : base.where('development_plans.state', '<>', 'draft');
  if (options.managerId) {
    // A team: a few index lookups per plan.
    return scoped
      .where('p.manager_id', '=', options.managerId)
      .select([
        sql<number>`(SELECT count(*) FROM plan_goals g WHERE g.organisation_id = development_plans.organisation_id AND g.plan_id = development_plans.id)`.as(
          'goals',
        ),
        sql<number>`(SELECT count(*) FROM plan_actions a WHERE a.organisation_id = development_plans.organisation_id AND a.plan_id = development_plans.id)`.as(
          'actions',
        ),
        sql<number>`(SELECT count(*) FROM plan_goals g WHERE g.organisation_id = development_plans.organisation_id AND g.plan_id = development_plans.id AND ${overdue(options.today)})`.as(
          'overdue_goals',
        ),
        sql<number>`(SELECT count(*) FROM plan_actions a WHERE a.organisation_id = development_plans.organisation_id AND a.plan_id = development_plans.id AND a.is_done)`.as(
          'actions_done',
        ),
      ])
      .execute();
  }
  // Everyone: count per plan once and join, instead of three lookups for each of 10,000 rows.
  return scoped
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('plan_goals')
          .select([
            'plan_id',
            sql<number>`count(*)`.as('goals'),
            sql<number>`count(*) FILTER (WHERE ${overdue(options.today)})`.as('overdue_goals'),
          ])
          .where('organisation_id', '=', tenant.organisationId)
          .groupBy('plan_id')
          .as('g'),
      (join) => join.onRef('g.plan_id', '=', 'development_plans.id'),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('plan_actions')
          .select([
            'plan_id',
            sql<number>`count(*)`.as('actions'),
            sql<number>`count(*) FILTER (WHERE is_done)`.as('actions_done'),
          ])
          .where('organisation_id', '=', tenant.organisationId)
          .groupBy('plan_id')
          .as('a'),
      (join) => join.onRef('a.plan_id', '=', 'development_plans.id'),
    )
    .select([
      sql<number>`coalesce(g.goals, 0)`.as('goals'),
      sql<number>`coalesce(g.overdue_goals, 0)`.as('overdue_goals'),
      sql<number>`coalesce(a.actions, 0)`.as('actions'),
      sql<number>`coalesce(a.actions_done, 0)`.as('actions_done'),
    ])
    .execute();
}
