import { sql } from 'kysely';
import { port } from '../../../core/ports.ts';
import type { AudienceCondition } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { unitAndDescendants } from '../../people/index.ts';
import './rules.ports.ts';
import type { AudienceCriteria } from './rules.schemas.ts';

/**
 * The people a rule reaches now; with `among`, only those of them (evaluation on change). "Starts
 * within days" counts from `today`, the organisation's calendar date.
 */
export async function audienceOf(
  trx: TenantDb,
  rule: { condition: AudienceCondition; parameter: string | null; criteria?: unknown },
  options: { today: string; among?: string[] },
) {
  const org = trx.organisationId;
  const { among } = options;
  if (rule.condition === 'criteria') return criteriaAudience(trx, rule.criteria as AudienceCriteria, options);
  if (rule.condition === 'starts_within_days') {
    const days = Number(rule.parameter ?? 30);
    const rows = await sql<{
      id: string;
    }>`SELECT id FROM people WHERE organisation_id = ${org} AND status <> 'left'
      AND start_date IS NOT NULL AND start_date <= ${options.today}::date + ${days}::int
      AND start_date >= ${options.today}::date - ${days}::int
      ${among ? sql`AND id = ANY(${among}::uuid[])` : sql``}`.execute(trx.executor);
    return rows.rows.map((r) => r.id);
  }
  if (rule.condition === 'is_manager') {
    const rows = await sql<{ id: string }>`SELECT DISTINCT manager_id AS id FROM people
      WHERE organisation_id = ${org} AND manager_id IS NOT NULL AND status <> 'left'
      ${among ? sql`AND manager_id = ANY(${among}::uuid[])` : sql``}`.execute(trx.executor);
    return rows.rows.map((r) => r.id);
  }
  if (!rule.parameter) return [];
  let query = trx
    .selectFrom('people')
    .select('id')
    .where('org_unit_id', 'in', unitAndDescendants(org, rule.parameter))
    .where('status', '<>', 'left');
  // One array parameter, however many people an import touched.
  if (among) query = query.where(sql<boolean>`id = ANY(${among}::uuid[])`);
  return (await query.execute()).map((r) => r.id);
}

export function activeRules(tenant: TenantDb, ruleId?: string) {
  let query = tenant.selectFrom('audience_rules').selectAll().where('is_active', '=', true);
  if (ruleId) query = query.where('id', '=', ruleId);
  return query.execute();
}

/** Organisations with at least one active rule: the background job's round. */
export const organisationsWithRules = async (db: TenantDb['executor']) =>
  (
    await db
      .selectFrom('audience_rules')
      .select('organisation_id')
      .where('is_active', '=', true)
      .distinct()
      .execute()
  ).map((row) => row.organisation_id);

export const allRules = (tenant: TenantDb) =>
  tenant.selectFrom('audience_rules').selectAll().orderBy('created_at').execute();

/** How many enrolments each rule made. */
export const enrolmentsPerRule = (tenant: TenantDb) =>
  tenant
    .selectFrom('enrolments')
    .select(['rule_id', sql<string>`count(*)`.as('count')])
    .where('rule_id', 'is not', null)
    .groupBy('rule_id')
    .execute();

export const unitExists = async (tenant: TenantDb, id: string) =>
  Boolean(await tenant.selectFrom('org_units').select('id').where('id', '=', id).executeTakeFirst());

/**
 * The people a criteria rule reaches: every filled dimension holds, any value within one; units with
 * their sub-units; never someone who left. One statement (job roles come from skills through a port).
 */
async function criteriaAudience(
  trx: TenantDb,
  criteria: AudienceCriteria,
  options: { today: string; among?: string[] },
): Promise<string[]> {
  const org = trx.organisationId;
  const jobRoleHolders = criteria.jobRoleIds.length
    ? (await port('jobRoleHolders')(trx, criteria.jobRoleIds)).personIds
    : null;
  if (jobRoleHolders?.length === 0) return [];
  const grantedRoles = criteria.roles.filter((role) => role !== 'manager');
  let query = trx.selectFrom('people').select('people.id').where('people.status', '<>', 'left');
  if (criteria.unitIds.length)
    query = query.where((eb) =>
      eb.or(
        criteria.unitIds.map((unitId) => eb('people.org_unit_id', 'in', unitAndDescendants(org, unitId))),
      ),
    );
  if (criteria.statuses.length) query = query.where('people.status', 'in', criteria.statuses);
  if (criteria.startDateFrom) query = query.where('people.start_date', '>=', criteria.startDateFrom);
  if (criteria.startDateTo) query = query.where('people.start_date', '<=', criteria.startDateTo);
  if (criteria.startsWithinDays !== null) {
    const days = criteria.startsWithinDays;
    query = query.where(
      sql<boolean>`people.start_date BETWEEN ${options.today}::date - ${days}::int AND ${options.today}::date + ${days}::int`,
    );
  }
  if (criteria.roles.length)
    query = query.where((eb) =>
      eb.or([
        ...(criteria.roles.includes('manager')
          ? [
              eb.exists(
                eb
                  .selectFrom('people as report')
                  .select(sql`1`.as('one'))
                  .whereRef('report.organisation_id', '=', 'people.organisation_id')
                  .whereRef('report.manager_id', '=', 'people.id')
                  .where('report.status', '<>', 'left'),
              ),
            ]
          : []),
        ...(grantedRoles.length
          ? [
              eb.exists(
                eb
                  .selectFrom('person_roles')
                  .select(sql`1`.as('one'))
                  .whereRef('person_roles.organisation_id', '=', 'people.organisation_id')
                  .whereRef('person_roles.person_id', '=', 'people.id')
                  .where('person_roles.role', 'in', grantedRoles),
              ),
            ]
          : []),
      ]),
    );
  if (jobRoleHolders) query = query.where(sql<boolean>`people.id = ANY(${jobRoleHolders}::uuid[])`);
  if (options.among) query = query.where(sql<boolean>`people.id = ANY(${options.among}::uuid[])`);
  return (await query.execute()).map((row) => row.id);
}

/** Unit ids that are not units of this organisation (a rule names the first). */
export async function unknownUnits(tenant: TenantDb, ids: readonly string[]) {
  if (!ids.length) return [];
  const found = await tenant.selectFrom('org_units').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

/** The people a preview shows, with their unit and whether they already have the subject. */
export async function previewPeople(
  tenant: TenantDb,
  personIds: readonly string[],
  subject: { type: string; id: string },
) {
  if (!personIds.length) return [];
  return tenant
    .selectFrom('people')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .select([
      'people.id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'people.job_title',
      'org_units.name as unit_name',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('enrolments')
              .select(sql`1`.as('one'))
              .whereRef('enrolments.organisation_id', '=', 'people.organisation_id')
              .whereRef('enrolments.person_id', '=', 'people.id')
              .where('enrolments.subject_kind', '=', subject.type as 'content')
              .where('enrolments.subject_id', '=', subject.id),
          )
          .as('is_enrolled'),
    ])
    .where(sql<boolean>`people.id = ANY(${personIds}::uuid[])`)
    .orderBy('people.sort_family_name')
    .orderBy('people.sort_given_name')
    .execute();
}
