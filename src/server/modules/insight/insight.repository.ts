import { type RawBuilder, sql } from 'kysely';
import type { OrgContext } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { analyticRows, itemFacts } from './insight.rollups.ts';

// The SQL of insight: reads of its own summary tables (with people and units, the shared kernel).

export type Scope = { from: string; to: string; unitId?: string; jobTitle?: string };

/** People in scope: in the unit or one of its sub-units (now), with the job title if given. */
export function peopleInScope(organisationId: string, scope: Pick<Scope, 'unitId' | 'jobTitle'>) {
  const unit = scope.unitId
    ? sql`AND p.org_unit_id IN (
        WITH RECURSIVE tree AS (
          SELECT id FROM org_units WHERE organisation_id = ${organisationId} AND id = ${scope.unitId}
          UNION ALL
          SELECT u.id FROM org_units u JOIN tree ON u.parent_id = tree.id WHERE u.organisation_id = ${organisationId})
        SELECT id FROM tree)`
    : sql``;
  const title = scope.jobTitle ? sql`AND lower(p.job_title) = lower(${scope.jobTitle})` : sql``;
  return sql`SELECT p.id FROM people p WHERE p.organisation_id = ${organisationId} ${unit} ${title}`;
}

/** Item figures are kept per unit, not per person: a scope narrows them to its people's units. */
const unitsOfScope = (organisationId: string, scope: Scope) =>
  scope.unitId || scope.jobTitle
    ? sql`AND org_unit_id IN (SELECT p.org_unit_id FROM people p
          WHERE p.organisation_id = ${organisationId} AND p.id IN (${peopleInScope(organisationId, scope)}))`
    : sql``;

const rows = async <T>(tenant: TenantDb, query: RawBuilder<T>) => (await query.execute(tenant.executor)).rows;

/** Headcount (not left) of the units the people in scope sit in: the group item figures describe. */
export async function unitsHeadcount(tenant: TenantDb, scope: Scope) {
  const [row] = await rows(
    tenant,
    sql<{ people: number }>`
      SELECT count(*)::int AS people FROM people p
       WHERE p.organisation_id = ${tenant.organisationId} AND p.status <> 'left'
         AND p.org_unit_id IN (SELECT s.org_unit_id FROM people s WHERE s.organisation_id = ${tenant.organisationId}
                                  AND s.id IN (${peopleInScope(tenant.organisationId, scope)}))`,
  );
  return row!.people;
}

/** Per learning subject in the period: started, of those finished, completions (units in scope). */
export const itemFigures = (tenant: TenantDb, scope: Scope) =>
  analyticRows(
    tenant,
    sql<{
      subject_kind: 'content' | 'course' | 'path';
      subject_id: string;
      started: number;
      finished_of_started: number;
      completed: number;
    }>`
      SELECT subject_kind, subject_id, sum(started)::int AS started,
             sum(finished_of_started)::int AS finished_of_started, sum(completed)::int AS completed
        FROM (${itemFacts(tenant.organisationId, scope.from, scope.to, unitsOfScope(tenant.organisationId, scope))}) facts
       GROUP BY subject_kind, subject_id
       ORDER BY sum(started) DESC, sum(completed) DESC
       LIMIT 200`,
  );

/** Completions and distinct learners of the given subjects in the period (goal-tagged learning). */
export async function completionsOfSubjects(tenant: TenantDb, keys: string[], scope: Scope) {
  if (!keys.length) return new Map<string, number>();
  const found = await analyticRows(
    tenant,
    sql<{ key: string; completed: number }>`
      SELECT subject_kind || ':' || subject_id AS key, sum(completed)::int AS completed
        FROM (${itemFacts(
          tenant.organisationId,
          scope.from,
          scope.to,
          sql`AND subject_kind || ':' || subject_id = ANY(${keys}::text[]) ${unitsOfScope(tenant.organisationId, scope)}`,
        )}) facts
       GROUP BY 1`,
  );
  return new Map(found.map((row) => [row.key, row.completed]));
}

/** Per person in the list: active days, minutes and completions between two days. */
export const personFigures = (tenant: TenantDb, personIds: string[], from: string, to: string) =>
  personIds.length
    ? rows(
        tenant,
        sql<{ person_id: string; active_days: number; minutes: number; completions: number }>`
          SELECT person_id, count(*)::int AS active_days, sum(minutes)::int AS minutes,
                 sum(completed)::int AS completions
            FROM insight_learning_days
           WHERE organisation_id = ${tenant.organisationId} AND day BETWEEN ${from} AND ${to}
             AND person_id = ANY(${personIds}::uuid[])
           GROUP BY person_id`,
      )
    : Promise.resolve([]);

export const directReports = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name_prefix', 'family_name'])
    .where('manager_id', '=', managerId)
    .where('status', '<>', 'left')
    .orderBy('sort_given_name')
    .execute();

export const unitExists = async (tenant: TenantDb, unitId: string) =>
  Boolean(await tenant.selectFrom('org_units').select('id').where('id', '=', unitId).executeTakeFirst());

/** The unit and every unit under it (ids). */
export async function unitSubtree(tenant: TenantDb, unitId: string) {
  const found = await rows(
    tenant,
    sql<{ id: string }>`
      WITH RECURSIVE tree AS (
        SELECT id FROM org_units WHERE organisation_id = ${tenant.organisationId} AND id = ${unitId}
        UNION ALL
        SELECT u.id FROM org_units u JOIN tree ON u.parent_id = tree.id WHERE u.organisation_id = ${tenant.organisationId})
      SELECT id FROM tree`,
  );
  return new Set(found.map((row) => row.id));
}

export const unitName = async (tenant: TenantDb, unitId: string) =>
  (await tenant.selectFrom('org_units').select('name').where('id', '=', unitId).executeTakeFirst())?.name ??
  '';

export async function hourlyRateCents(tenant: TenantDb) {
  const row = await tenant.selectFrom('insight_settings').select('hourly_rate_cents').executeTakeFirst();
  return row?.hourly_rate_cents ?? 4500;
}

export const saveHourlyRate = (tenant: TenantDb, cents: number) =>
  tenant
    .insertInto('insight_settings', { hourly_rate_cents: cents })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({ hourly_rate_cents: cents, updated_at: new Date() }),
    )
    .execute();

async function readRefreshedAt(tenant: TenantDb) {
  const row = await tenant.selectFrom('insight_refresh_state').select('refreshed_at').executeTakeFirst();
  return row?.refreshed_at ?? null;
}

/** When the summary tables were last refreshed, read once per request (every kept answer is keyed by it). */
export const refreshedAt = (ctx: OrgContext) =>
  ctx.memo('insight.refreshedAt', () => readRefreshedAt(ctx.db));

export async function peopleIds(tenant: TenantDb, scope: Pick<Scope, 'unitId' | 'jobTitle'>) {
  const found = await rows(tenant, sql<{ id: string }>`${peopleInScope(tenant.organisationId, scope)}`);
  return new Set(found.map((row) => row.id));
}

/** One person's last 12 months (minutes and completions per month, empty months included). */
export const personMonths = (tenant: TenantDb, personId: string, today: string) =>
  rows(
    tenant,
    sql<{ month: string; minutes: number; completions: number }>`
      SELECT to_char(m, 'YYYY-MM') AS month, coalesce(sum(d.minutes), 0)::int AS minutes,
             coalesce(sum(d.completed), 0)::int AS completions
        FROM generate_series(date_trunc('month', ${today}::date) - interval '11 months',
                             date_trunc('month', ${today}::date), interval '1 month') m
        LEFT JOIN insight_learning_days d ON d.organisation_id = ${tenant.organisationId}
         AND d.person_id = ${personId} AND date_trunc('month', d.day) = m
       GROUP BY m ORDER BY m`,
  );
