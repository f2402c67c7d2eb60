import { sql } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { unitAndDescendants } from '../people/index.ts';
import type { createCycleBody } from './conversations.schemas.ts';
import { templateForCycle } from './templates.service.ts';

/**
 * Opens a cycle: every current person with a manager (in the chosen units and their subunits)
 * gets one conversation with that manager. One statement, so 10,000 people take a moment, not minutes.
 */
export async function createCycle(options: { db: Db; auth: Auth; input: z.infer<typeof createCycleBody> }) {
  const { input } = options;
  if (input.endsOn < input.startsOn) throw invalidField('endsOn', 'is before the start');
  if (input.signOffDue < input.preparationDue)
    throw invalidField('signOffDue', 'is before the preparation deadline');
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    // The organisation's wording, copied into the cycle: later edits never reach this cycle.
    const found = await templateForCycle(tenant, input.templateKey);
    if (!found) throw invalidField('templateKey', 'is not a known template');
    const { isCustomised: _, updatedAt: __, ...template } = found;
    if (input.unitIds.length) {
      const units = await tenant
        .selectFrom('org_units')
        .select('id')
        .where('id', 'in', input.unitIds)
        .execute();
      if (units.length !== new Set(input.unitIds).size)
        throw invalidField('unitIds', 'has a unit not in this organisation');
    }
    const cycle = await tenant
      .insertInto('conversation_cycles', {
        name: input.name,
        template_key: template.key,
        template: JSON.stringify(template),
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        preparation_due: input.preparationDue,
        sign_off_due: input.signOffDue,
        unit_ids: input.unitIds,
        job_titles: input.jobTitles,
        created_by: personIdOf(options.auth),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unitFilter = input.unitIds.length
      ? sql`AND (${sql.join(
          input.unitIds.map((id) => sql`p.org_unit_id IN ${unitAndDescendants(tenant.organisationId, id)}`),
          sql` OR `,
        )})`
      : sql``;
    const jobFilter = input.jobTitles.length
      ? sql`AND lower(p.job_title) IN (${sql.join(input.jobTitles.map((title) => title.toLowerCase()))})`
      : sql``;
    const created = await sql<{ n: number }>`
      WITH inserted AS (
        INSERT INTO conversations (organisation_id, cycle_id, employee_id, manager_id, org_unit_id)
        SELECT p.organisation_id, ${cycle.id}, p.id, p.manager_id, p.org_unit_id
        FROM people p
        WHERE p.organisation_id = ${tenant.organisationId} AND p.status <> 'left' AND p.manager_id IS NOT NULL ${unitFilter} ${jobFilter}
        RETURNING 1
      ) SELECT count(*)::int AS n FROM inserted`.execute(tenant.executor);
    const conversations = Number(created.rows[0]?.n ?? 0);
    await recordEvent(tenant, options.auth, {
      action: 'conversation_cycle.created',
      subjectType: 'conversation_cycle',
      subjectId: cycle.id,
      changes: { name: input.name, templateKey: template.key, jobTitles: input.jobTitles, conversations },
    });
    return cycle.id;
  });
}

export function cyclesQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('conversation_cycles')
    .selectAll()
    .select([
      sql<number>`(SELECT count(*) FROM conversations v WHERE v.organisation_id = conversation_cycles.organisation_id AND v.cycle_id = conversation_cycles.id)`.as(
        'conversations',
      ),
      sql<number>`(SELECT count(*) FROM conversations v WHERE v.organisation_id = conversation_cycles.organisation_id AND v.cycle_id = conversation_cycles.id AND v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL)`.as(
        'signed',
      ),
    ])
    .orderBy('starts_on', 'desc');
}
type CycleRow = Awaited<ReturnType<ReturnType<typeof cyclesQuery>['executeTakeFirstOrThrow']>>;

export const presentCycle = (row: CycleRow) => ({
  id: row.id,
  name: row.name,
  templateKey: row.template_key,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  preparationDue: row.preparation_due,
  signOffDue: row.sign_off_due,
  unitIds: row.unit_ids,
  jobTitles: row.job_titles,
  state: row.state,
  conversations: Number(row.conversations),
  signed: Number(row.signed),
});

/** HR's progress board: per unit how many conversations are prepared by both, held and signed. */
export async function cycleBoard(tenant: TenantDb, cycleId: string) {
  // The cycle row without its counts: the board below counts everything in one pass.
  const cycle = await tenant
    .selectFrom('conversation_cycles')
    .selectAll()
    .where('id', '=', cycleId)
    .executeTakeFirst();
  if (!cycle) throw notFound('Cycle');
  // One pass over the cycle's conversations grouped by unit (prepared_at is stamped when both shared);
  // unit names are joined to the ~100 groups, not to every conversation.
  const result = await sql<{
    org_unit_id: string | null;
    unit_name: string | null;
    total: number;
    prepared: number;
    held: number;
    signed: number;
  }>`
    SELECT t.*, u.name AS unit_name
    FROM (
      SELECT v.org_unit_id,
        count(*)::int AS total,
        count(v.prepared_at)::int AS prepared,
        count(v.held_at)::int AS held,
        count(*) FILTER (WHERE v.employee_signed_at IS NOT NULL AND v.manager_signed_at IS NOT NULL)::int AS signed
      FROM conversations v
      WHERE v.organisation_id = ${tenant.organisationId} AND v.cycle_id = ${cycleId}
      GROUP BY v.org_unit_id
    ) t
    LEFT JOIN org_units u ON u.organisation_id = ${tenant.organisationId} AND u.id = t.org_unit_id
    ORDER BY u.name`.execute(tenant.executor);
  const rows = result.rows;
  const sum = (key: 'total' | 'signed') => rows.reduce((total, row) => total + Number(row[key]), 0);
  return {
    cycle: presentCycle({ ...cycle, conversations: sum('total'), signed: sum('signed') }),
    units: rows.map((row) => ({
      unit: row.org_unit_id ? { id: row.org_unit_id, name: row.unit_name ?? '' } : null,
      total: Number(row.total),
      prepared: Number(row.prepared),
      held: Number(row.held),
      signed: Number(row.signed),
    })),
  };
}
