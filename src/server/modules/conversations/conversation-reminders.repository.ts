import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

export type ReminderKind = 'preparation' | 'sign_off';

export async function organisationsWithOpenCycles(db: Db) {
  const rows = await db
    .selectFrom('conversation_cycles')
    .select('organisation_id')
    .distinct()
    .where('state', '=', 'open')
    .execute();
  return rows.map((row) => row.organisation_id);
}

/**
 * Open conversations whose deadline of this kind falls in the next `daysBefore` days and that have
 * not had this reminder yet, with who has shared their preparation.
 */
export async function dueReminders(
  tenant: TenantDb,
  options: { kind: ReminderKind; today: string; daysBefore: number },
) {
  const dueColumn = options.kind === 'preparation' ? sql.ref('c.preparation_due') : sql.ref('c.sign_off_due');
  return tenant.executor
    .selectFrom('conversations as v')
    .innerJoin('conversation_cycles as c', (join) =>
      join.onRef('c.organisation_id', '=', 'v.organisation_id').onRef('c.id', '=', 'v.cycle_id'),
    )
    .select([
      'v.id',
      'v.employee_id',
      'v.manager_id',
      'v.employee_signed_at',
      'v.manager_signed_at',
      'c.name',
      sql<string>`${dueColumn}::text`.as('due'),
      sql<
        string[]
      >`array(SELECT cp.side FROM conversation_preparations cp WHERE cp.organisation_id = v.organisation_id AND cp.conversation_id = v.id AND cp.shared_at IS NOT NULL)`.as(
        'shared_sides',
      ),
    ])
    .where('v.organisation_id', '=', tenant.organisationId)
    .where('c.state', '=', 'open')
    .where(
      sql<boolean>`${dueColumn} BETWEEN ${options.today}::date AND ${options.today}::date + ${options.daysBefore}::int`,
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('conversation_reminders as r')
            .select('r.kind')
            .whereRef('r.organisation_id', '=', 'v.organisation_id')
            .whereRef('r.conversation_id', '=', 'v.id')
            .where('r.kind', '=', options.kind),
        ),
      ),
    )
    .limit(5000)
    .execute();
}
