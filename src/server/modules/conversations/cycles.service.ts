import { sql } from 'kysely';
import type { z } from 'zod';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { invalidField } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { unitAndDescendants } from '../people/index.ts';
import './conversations.events.ts';
import type { createCycleBody } from './conversations.schemas.ts';
import { templateForCycle } from './templates.service.ts';

/**
 * Opens a cycle: every current person with a manager (in the chosen units and their subunits)
 * gets one conversation with that manager. One statement, so 10,000 people take a moment, not minutes.
 */
export async function createCycle(ctx: Ctx, input: z.infer<typeof createCycleBody>) {
  assertCan(ctx.auth, 'development.manage');
  if (input.endsOn < input.startsOn) throw invalidField('endsOn', 'is before the start');
  if (input.signOffDue < input.preparationDue)
    throw invalidField('signOffDue', 'is before the preparation deadline');
  return runChange(ctx, async (tx) => {
    const tenant = tx.db;
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
        created_by: personIdOf(ctx.auth),
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
    tx.record({
      action: 'conversation_cycle.created',
      subjectId: cycle.id,
      changes: { name: input.name, templateKey: template.key, jobTitles: input.jobTitles, conversations },
    });
    return cycle.id;
  });
}
