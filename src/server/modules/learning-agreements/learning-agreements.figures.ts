import type { TenantDb } from '../../db/tenant.ts';

/**
 * A team's learning agreements started since a date, and how many were kept: agreed by the manager and
 * every follow-up asked so far answered.
 */
export async function agreementsKept(tenant: TenantDb, personIds: string[], since: string) {
  if (!personIds.length) return { total: 0, kept: 0 };
  const rows = await tenant.executor
    .selectFrom('learning_agreements as a')
    .where('a.organisation_id', '=', tenant.organisationId)
    .leftJoin('learning_agreement_followups as f', (join) =>
      join.onRef('f.organisation_id', '=', 'a.organisation_id').onRef('f.agreement_id', '=', 'a.id'),
    )
    .select((eb) => [
      'a.id',
      'a.manager_agreed_at',
      eb.fn.count<string>('f.asked_at').as('asked'),
      eb.fn.count<string>('f.answered_at').as('answered'),
    ])
    .where('a.person_id', 'in', personIds)
    .where('a.starts_on', '>=', since)
    .groupBy(['a.id', 'a.manager_agreed_at'])
    .execute();
  const kept = rows.filter((row) => row.manager_agreed_at && Number(row.answered) >= Number(row.asked));
  return { total: rows.length, kept: kept.length };
}
