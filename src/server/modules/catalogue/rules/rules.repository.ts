import { sql } from 'kysely';
import type { AudienceCondition } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { unitAndDescendants } from '../../people/index.ts';

/**
 * The people a rule reaches now; with `among`, only those of them (evaluation on change). "Starts
 * within days" counts from `today`, the organisation's calendar date.
 */
export async function audienceOf(
  trx: TenantDb,
  rule: { condition: AudienceCondition; parameter: string | null },
  options: { today: string; among?: string[] },
) {
  const org = trx.organisationId;
  const { among } = options;
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
